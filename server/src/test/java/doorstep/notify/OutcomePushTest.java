package doorstep.notify;

import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.CorrectionRequest;
import doorstep.api.model.Decision;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.DeviceEnrolmentRequestPlatform;
import doorstep.api.model.Outcome;
import doorstep.api.model.ContactDetail;
import doorstep.testing.ApiTest;
import doorstep.testing.Canaries;
import doorstep.testing.Captures;
import doorstep.testing.Decisions;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decided referral is pushed to each of the referrer's devices through the Firebase Admin SDK once
 * the decision has committed, carrying ids only; a push that fails leaves the decision made.
 */
@MicronautTest(environments = {"test", RecordingFcmFactory.ENVIRONMENT}, transactional = false)
@Property(name = "doorstep.notify.push.enabled", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomePushTest extends ApiTest {

    private static final String RATIONALE = "Zephyrine disclosed bruising to her teacher; strategy meeting today.";
    private static final Canaries CANARIES = new Canaries(List.of("Zephyrine", "bruising", "Teddy", "Smith",
            "section-47", "strategy"));

    @Inject
    RecordingFcm fcm;

    SignedIn officer;
    Referrer referrer;
    SignedIn triager;

    @BeforeAll
    void setUp() {
        officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        referrer = new Referrer(api, officer, enrolWithPushToken("officer-phone-token"));
        enrolWithPushToken("officer-tablet-token");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
    }

    @AfterEach
    void reset() {
        fcm.failWith(0);
        fcm.clear();
    }

    @Test
    void decisionIsPushedToEveryDeviceOfTheReferrerWithIdsOnly() {
        UUID submissionId = referrer.refer(Captures.incident("Zephyrine", LocalDate.now().minusYears(7), 3));
        UUID contactId = decide(submissionId).getContactId();

        List<RecordingFcm.Sent> sent = fcm.sent();
        assertEquals(Set.of("officer-phone-token", "officer-tablet-token"),
                Set.copyOf(sent.stream().map(s -> (String) s.message().get("token")).toList()));
        for (RecordingFcm.Sent push : sent) {
            assertEquals(RecordingFcm.SEND_URL, push.url());
            // Under the Auth emulator the SDK sends its emulator token; FcmPushTest checks the app's own.
            assertTrue(push.authorization().startsWith("Bearer "), "an authorised request");
            assertEquals(Map.of("type", "referral-outcome", "submissionId", submissionId.toString(),
                    "contactId", contactId.toString()), push.message().get("data"));
            assertEquals(Set.of(), CANARIES.foundIn(push.body().getBytes(StandardCharsets.UTF_8)), push.body());
        }
    }

    @Test
    void correctionIsPushedToTheReferrerToo() {
        ContactSummary decided = decide(referrer.refer(Captures.incident()));
        UUID first = read(decided.getContactId()).getDecisions().get(0).getDecisionId();
        fcm.clear();

        api.call(HttpRequest.POST("/v1/mash/contacts/" + decided.getContactId() + "/decisions/" + first + "/correction",
                new CorrectionRequest(Decisions.withAction(Outcome.EARLY_HELP, "Family agreed to early help after all."),
                        "The first decision missed the family's agreement.")), triager, Decision.class);

        assertEquals(2, fcm.sent().size());
        assertTrue(fcm.sent().stream().allMatch(s -> s.message().get("data").equals(Map.of("type", "referral-outcome",
                "submissionId", decided.getSubmissionId().toString(), "contactId", decided.getContactId().toString()))));
    }

    @Test
    void pushFcmRefusesLeavesTheDecisionMade() {
        fcm.failWith(404);
        UUID submissionId = referrer.refer(Captures.incident());

        ContactSummary decided = decide(submissionId);

        assertEquals(2, fcm.sent().size(), "both devices were tried");
        assertEquals(ContactState.DECIDED, read(decided.getContactId()).getSummary().getState());
        assertEquals(Outcome.SECTION_47_STRATEGY_DISCUSSION, read(decided.getContactId()).getSummary().getOutcome());
    }

    private DeviceEnrolment enrolWithPushToken(String pushToken) {
        return api.call(HttpRequest.POST("/v1/devices", new DeviceEnrolmentRequest(UUID.randomUUID(),
                DeviceEnrolmentRequestPlatform.SIMULATOR, "test").pushToken(pushToken)), officer, DeviceEnrolment.class);
    }

    private ContactSummary decide(UUID submissionId) {
        UUID contactId = Referrer.contactFor(api, triager, submissionId).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        return api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.section47(RATIONALE)), triager, ContactSummary.class);
    }

    private ContactDetail read(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
    }
}
