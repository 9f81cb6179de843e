package doorstep.testing;

import doorstep.api.model.ChildVoice;
import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.Escalation;
import doorstep.api.model.FamilyAdult;
import doorstep.api.model.FamilyAdultRole;
import doorstep.api.model.FamilyRelationship;
import doorstep.api.model.NextAction;
import doorstep.api.model.PersonName;
import doorstep.api.model.Place;
import doorstep.api.model.RelationshipKind;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import doorstep.api.model.SubmissionStatus;
import doorstep.api.model.VisitAnalysis;
import doorstep.api.model.VisitChild;
import doorstep.device.api.client.JSON;
import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Early help visits for tests, and sending them in as a worker's phone would. */
public final class Visits {

    public static final String KIND = "early-help-visit";
    public static final String CHILD_WORDS = "I like it when Mum walks me to school but not when Dean shouts";
    public static final String ESCALATION_REASON = "Mum's new partner has moved in and the child is frightened of him";

    private Visits() {
    }

    /**
     * A visit to a mother and her child at the incident fixture's address ({@link Captures#incident}):
     * the child seen alone and spoken to, the father living elsewhere, escalated or not.
     */
    public static EarlyHelpVisit visit(String childGivenName, LocalDate childDob, boolean escalate) {
        OffsetDateTime visitedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2);
        FamilyAdult mother = new FamilyAdult(UUID.randomUUID(), new PersonName("Jane", "Smith"), FamilyAdultRole.PARENT)
                .livesThere(true).present(true);
        FamilyAdult father = new FamilyAdult(UUID.randomUUID(), new PersonName("John", "Smith"), FamilyAdultRole.PARENT)
                .dateOfBirth(LocalDate.of(1985, 3, 2)).livesThere(false).present(false);
        VisitChild child = new VisitChild(UUID.randomUUID(), new PersonName(childGivenName, "Smith"),
                new ChildVoice(true, true).spokenToAlone(true).ownWords(CHILD_WORDS)
                        .demeanour("Chatty, showed me her drawings").wishesAndFeelings("Wants to stay at her school")
                        .feelsSafeWith("Mum and Nan"))
                .dateOfBirth(childDob).seenAlone(true).school("Oak Primary");
        Escalation escalation = escalate ? new Escalation(true).reason(ESCALATION_REASON).immediateRisk(false)
                : new Escalation(false);
        return new EarlyHelpVisit(1, "2026.1", visitedAt,
                new Place().addressLine("12 Acacia Avenue").town("Solihull").postcode("B91 1AA"),
                new ArrayList<>(List.of(mother, father)), new ArrayList<>(List.of(child)),
                new VisitAnalysis("Mum gets the children to school every day", "Shouting at home since the new partner came",
                        "Mum and the partner to agree a plan for calm evenings"),
                new ArrayList<>(List.of(new NextAction("Family group conference", "Early help team")
                        .dueOn(visitedAt.toLocalDate().plusDays(14)))),
                escalation)
                .kind(KIND)
                .relationships(new ArrayList<>(List.of(
                        new FamilyRelationship(mother.getMentionId(), child.getMentionId(), RelationshipKind.PARENT),
                        new FamilyRelationship(father.getMentionId(), child.getMentionId(), RelationshipKind.PARENT))));
    }

    public static EarlyHelpVisit visit(boolean escalate) {
        return visit("Amy", LocalDate.now().minusYears(6), escalate);
    }

    /** The visit as the phone's own generated model writes it, so the phone's JSON is what the server reads. */
    public static String asThePhoneWritesIt(EarlyHelpVisit visit) {
        var onPhone = JSON.getGson().fromJson(new String(Captures.json(visit), StandardCharsets.UTF_8),
                doorstep.device.api.model.EarlyHelpVisit.class);
        return JSON.getGson().toJson(onPhone);
    }

    public static Submission sealed(byte[] plaintext, String publicKeyset, UUID submissionId, UUID deviceId) {
        return new Submission(submissionId, KIND, OffsetDateTime.now(ZoneOffset.UTC),
                Captures.seal(plaintext, publicKeyset, submissionId, deviceId));
    }

    /** Seals these bytes as the opened visit, pushes them from the referrer's device, and returns the item's result. */
    public static SubmissionResult push(Referrer from, byte[] plaintext, UUID submissionId) {
        Submission item = sealed(plaintext, from.device().getIntakeKey().getPublicKeyset(), submissionId,
                from.device().getDeviceId());
        return from.api().call(HttpRequest.POST("/v1/submissions",
                new SubmissionBatch(from.device().getDeviceId(), List.of(item))), from.officer(), SubmissionResults.class)
                .getResults().get(0);
    }

    /** Seals and pushes the visit, expects it accepted, and returns its submission id. */
    public static UUID send(Referrer from, EarlyHelpVisit visit) {
        UUID id = UUID.randomUUID();
        SubmissionResult result = push(from, Captures.json(visit), id);
        assertEquals(SubmissionStatus.ACCEPTED, result.getStatus(), () -> "the visit was accepted; problem: "
                + (result.getProblem() == null ? "none" : result.getProblem().getType() + " " + result.getProblem().getViolations()));
        return id;
    }

    /** An early help worker of the tenant, signed in, with a device of their own enrolled. */
    public static Referrer earlyHelpWorker(Api api, String tenantId) {
        return Referrer.enrolled(api, EmulatorUsers.signedIn(tenantId, "early-help", "practitioner"));
    }
}
