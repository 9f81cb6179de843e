package doorstep.people;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.RiskMarker;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.testing.Api;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Risk markers a MASH worker records on a person, with source, date and expiry. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskMarkerTest extends ApiTest {

    SignedIn triager;
    UUID suspect;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer officer = Referrer.policeOfficer(api, TENANT);
        UUID submission = officer.refer(Captures.incident());
        ContactDetail contact = Referrer.openContact(api, triager, submission);
        suspect = contact.getChildNetworks().get(0).getLinks().get(0).getPerson().getPersonId();
    }

    @Test
    void recordedMarkerShowsOnThePersonsNetworkWithItsSourceAndExpiry() {
        RiskMarker marker = api.call(HttpRequest.POST("/v1/people/" + suspect + "/risk-markers",
                new RiskMarkerRequest(RiskMarkerKind.DRUG_MISUSE, "Probation", LocalDate.of(2026, 9, 1))
                        .expiresOn(LocalDate.of(2027, 9, 1))), triager, RiskMarker.class);

        PersonNetwork network = api.call(HttpRequest.GET("/v1/people/" + suspect + "/network"), triager,
                PersonNetwork.class);
        assertEquals(List.of(marker.getMarkerId()), network.getRiskMarkers().stream().map(RiskMarker::getMarkerId).toList());
        assertEquals("Probation", network.getRiskMarkers().get(0).getSource());
        assertEquals(LocalDate.of(2027, 9, 1), network.getRiskMarkers().get(0).getExpiresOn());
    }

    @Test
    void markerThatWouldExpireBeforeItWasRecordedIsRefused() {
        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/people/" + suspect + "/risk-markers",
                new RiskMarkerRequest(RiskMarkerKind.WEAPONS, "Police", LocalDate.of(2026, 9, 1))
                        .expiresOn(LocalDate.of(2026, 8, 1))), triager, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("expiresOn"), Api.violatedFields(problem));
    }

    @Test
    void markerOfAnUnknownKindIsRefused() {
        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/people/" + suspect + "/risk-markers",
                Map.of("kind", "grumpy", "source", "Police", "recordedOn", "2026-09-01")), triager, 400);

        assertEquals("/problems/invalid-request", problem.get("type"));
        assertEquals(List.of("kind"), Api.violatedFields(problem));
    }

    @Test
    void markerOnNoSuchPersonIsNotFound() {
        Map<String, Object> problem = api.refusal(HttpRequest.POST("/v1/people/" + UUID.randomUUID() + "/risk-markers",
                new RiskMarkerRequest(RiskMarkerKind.WEAPONS, "Police", LocalDate.of(2026, 9, 1))), triager, 404);

        assertEquals("/problems/not-found", problem.get("type"));
    }
}
