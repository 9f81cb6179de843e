package doorstep.field.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import doorstep.device.api.client.JSON;
import doorstep.device.api.model.ActionRequest;
import doorstep.device.api.model.DecisionRequest;
import doorstep.device.api.model.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo MASH triager at a live Doorstep, over its REST API as the console's users would call it:
 * signed in through the Auth emulator's REST endpoint, claiming and deciding a contact.
 */
public final class MashTriager {

    private final HttpClient http = HttpClient.newHttpClient();
    private final LiveDoorstep doorstep;
    private final String idToken;

    private MashTriager(LiveDoorstep doorstep, String idToken) {
        this.doorstep = doorstep;
        this.idToken = idToken;
    }

    public static MashTriager signedIn(LiveDoorstep doorstep) {
        MashTriager anonymous = new MashTriager(doorstep, "");
        JsonObject credentials = new JsonObject();
        credentials.addProperty("email", LiveDoorstep.TRIAGER);
        credentials.addProperty("password", LiveDoorstep.PASSWORD);
        credentials.addProperty("returnSecureToken", true);
        JsonElement answer = anonymous.post("http://" + doorstep.authHost()
                + "/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=any", credentials.toString());
        return new MashTriager(doorstep, answer.getAsJsonObject().get("idToken").getAsString());
    }

    /** Claims the contact the server made from {@code submissionId} and records {@code outcome} on it. */
    public void decide(UUID submissionId, Outcome outcome) {
        String contact = doorstep.serverAddress() + "/v1/mash/contacts/" + contactFor(submissionId);
        post(contact + "/claim", "");
        post(contact + "/decision", JSON.getGson().toJson(
                new DecisionRequest().outcome(outcome).rationale("Children seen by the officer; early help offered.")
                        .addActionsItem(new ActionRequest().what("Offer the family early help")
                                .ownerAgency("early-help").dueOn(LocalDate.now().plusDays(7)))));
    }

    /** The contact for a submission, once the MASH has queued it (it does so as the push is accepted). */
    private String contactFor(UUID submissionId) {
        Instant deadline = Instant.now().plusSeconds(30);
        do {
            Optional<String> contact = queued(submissionId);
            if (contact.isPresent()) {
                return contact.get();
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("The MASH queue has no contact for submission " + submissionId + " after 30 s");
    }

    private Optional<String> queued(UUID submissionId) {
        HttpRequest list = authorised(doorstep.serverAddress() + "/v1/mash/contacts?limit=500").GET().build();
        for (JsonElement contact : send(list).getAsJsonObject().getAsJsonArray("contacts")) {
            if (contact.getAsJsonObject().get("submissionId").getAsString().equals(submissionId.toString())) {
                return Optional.of(contact.getAsJsonObject().get("contactId").getAsString());
            }
        }
        return Optional.empty();
    }

    private JsonElement post(String url, String body) {
        return send(authorised(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder authorised(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return idToken.isEmpty() ? request : request.header("Authorization", "Bearer " + idToken);
    }

    private JsonElement send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JsonParser.parseString(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("No answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
