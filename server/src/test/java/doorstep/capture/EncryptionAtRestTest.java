package doorstep.capture;

import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DeviceEnrolmentRequest;
import doorstep.api.model.DeviceEnrolmentRequestPlatform;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.Child;
import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewDecision;
import doorstep.api.model.MatchReviewDecisionDecision;
import doorstep.api.model.MatchReviews;
import doorstep.api.model.Merge;
import doorstep.api.model.Outcome;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.Relationship;
import doorstep.api.model.RelationshipKind;
import doorstep.api.model.RelationshipRequest;
import doorstep.api.model.RiskMarker;
import doorstep.api.model.RiskMarkerKind;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.api.model.UndoMergeRequest;
import doorstep.crypto.FieldCipher;
import doorstep.simulator.IncidentGenerator;
import doorstep.testing.Decisions;
import doorstep.testing.ApiTest;
import doorstep.testing.Canaries;
import doorstep.testing.Captures;
import doorstep.testing.DatabaseDump;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.StoredRows;
import doorstep.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that nothing typed is readable at rest: after every free-text field of the
 * capture and of every endpoint (device enrolment, risk markers, relationships, the MASH decision,
 * a match review and the undoing of its merge) has carried a canary word, neither a dump of every
 * column of every table nor the database's own files hold any of them in the clear, in any letter
 * case, while the triager still reads them back.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Every candidate goes to a person, so a match review (and its merge) is certain.
@Property(name = "doorstep.people.confident-weight", value = "1000")
@Property(name = "doorstep.people.possible-weight", value = "0")
class EncryptionAtRestTest extends ApiTest {

    // Each run's canaries carry a suffix of their own: the database folder outlives a run, so what
    // an earlier build left in it must neither fail this run nor stand in for its result.
    private static final String RUN = new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private static final String GIVEN_NAME = "Zephyrine" + RUN;
    private static final String FAMILY_NAME = "Quillfeather" + RUN;
    private static final String OWN_WORDS = "The blue giraffe hid my shoes behind the Grimblewick" + RUN + " clock";
    private static final String NARRATIVE = "Officers found a broken Snorkelwhistle" + RUN + " lamp in the hallway.";
    private static final String ADDRESS = "41 Marzipan" + RUN + " Vortex Lane";
    private static final String NHS_NUMBER = IncidentGenerator.madeUpNhsNumber(new Random());
    private static final String MARKER_SOURCE = "Sergeant Plumtwizzle" + RUN;
    private static final String MARKER_DETAILS = "Order names Wobblethorpe" + RUN;
    private static final String KNOWN_MARKER_SOURCE = "Inspector Fandangle" + RUN;
    private static final String RATIONALE = "Spoke to Mrs Crumblewhisk" + RUN + " who confirmed the history.";
    private static final List<String> WORDS = new ArrayList<>(List.of(GIVEN_NAME, FAMILY_NAME, OWN_WORDS,
            "Grimblewick" + RUN, NARRATIVE, "Snorkelwhistle" + RUN, ADDRESS, "Marzipan" + RUN, NHS_NUMBER,
            NHS_NUMBER.replace(" ", ""), MARKER_SOURCE, "Plumtwizzle" + RUN, MARKER_DETAILS, KNOWN_MARKER_SOURCE,
            "Fandangle" + RUN, RATIONALE, "Crumblewhisk" + RUN));

    @Inject
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    ApplicationContext context;

    @Inject
    ApplicationEventPublisher<StartupEvent> startup;

    SignedIn triager;
    UUID submissionId;
    UUID childId;
    UUID contactId;

    @BeforeAll
    void setUp() {
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        SignedIn manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");
        Referrer referrer = new Referrer(api, officer, api.call(HttpRequest.POST("/v1/devices",
                new DeviceEnrolmentRequest(UUID.randomUUID(), DeviceEnrolmentRequestPlatform.SIMULATOR, canary("AppVersion"))
                        .pushToken(canary("PushToken"))), officer, DeviceEnrolment.class));
        submissionId = referrer.refer(canaryCapture());
        ContactDetail contact = Referrer.openContact(api, triager, submissionId);
        childId = contact.getChildNetworks().get(0).getPerson().getPersonId();
        UUID sibling = contact.getChildNetworks().get(1).getPerson().getPersonId();

        api.call(HttpRequest.POST("/v1/people/" + childId + "/risk-markers", new RiskMarkerRequest(
                RiskMarkerKind.WEAPONS, MARKER_SOURCE, LocalDate.now().minusDays(3)).details(MARKER_DETAILS)),
                triager, RiskMarker.class);
        api.call(HttpRequest.POST("/v1/people/" + childId + "/relationships",
                new RelationshipRequest(sibling, RelationshipKind.SIBLING, canary("RelationshipReason"))),
                triager, Relationship.class);
        contactId = contact.getSummary().getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contactId + "/decision",
                Decisions.withAction(Outcome.EARLY_HELP, RATIONALE)), triager, ContactSummary.class);

        referrer.refer(canaryCapture());
        UUID reviewId = api.call(HttpRequest.GET("/v1/people/reviews?limit=200"), triager, MatchReviews.class)
                .getReviews().get(0).getReviewId();
        MatchReview merged = api.call(HttpRequest.POST("/v1/people/reviews/" + reviewId + "/decision",
                new MatchReviewDecision(MatchReviewDecisionDecision.SAME_PERSON, canary("ReviewReason"))),
                triager, MatchReview.class);
        api.call(HttpRequest.POST("/v1/people/merges/" + merged.getMergeId() + "/undo",
                new UndoMergeRequest(canary("UndoReason"))), manager, Merge.class);
    }

    @Test
    void triagerReadsTheCanaryWordsBack() {
        ContactDetail detail = api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class);
        PersonNetwork network = api.call(HttpRequest.GET("/v1/people/" + childId + "/network"), triager,
                PersonNetwork.class);

        assertEquals(GIVEN_NAME, detail.getChildren().get(0).getName().getGivenName());
        assertEquals(FAMILY_NAME, detail.getChildren().get(0).getName().getFamilyName());
        assertEquals(OWN_WORDS, detail.getChildren().get(0).getVoice().getOwnWords());
        assertEquals(NARRATIVE, detail.getIncident().getNarrative());
        assertEquals(ADDRESS, detail.getIncident().getPlace().getAddressLine());
        assertEquals(FAMILY_NAME, detail.getAdults().get(0).getName().getFamilyName());
        assertEquals(NHS_NUMBER, detail.getChildren().get(0).getNhsNumber());
        assertEquals(NHS_NUMBER.replace(" ", ""), detail.getChildNetworks().get(0).getPerson().getNhsNumber());
        assertEquals(RATIONALE, detail.getRationale());
        assertEquals(MARKER_SOURCE, network.getRiskMarkers().get(0).getSource());
        assertEquals(MARKER_DETAILS, network.getRiskMarkers().get(0).getDetails());
    }

    @Test
    void noColumnOfAnyTableHoldsACanaryInTheClear() {
        DatabaseDump dump = DatabaseDump.of(dataSource);

        assertTrue(dump.tables().containsAll(List.of("submission", "da_incident", "incident_person", "contact",
                "audit_entry", "feed_entry", "risk_marker", "relationship", "match_review", "person_merge", "device")),
                "the schema's tables: " + dump.tables());
        assertEquals(Set.of(submissionId.toString()), new Canaries(List.of(submissionId.toString())).foundIn(dump.bytes()),
                "the dump reaches the stored rows");
        assertEquals(Set.of(), new Canaries(WORDS).foundIn(dump.bytes()));
    }

    @Test
    void noFileOfTheDatabaseHoldsACanaryInTheClear() {
        DatabaseDump.flush(dataSource);

        var files = TestDatabase.instance().dataDirectory();

        assertTrue(new Canaries(List.of(submissionId.toString())).foundInFilesUnder(files).size() > 0,
                "the files hold the stored submission's id, so the scan reaches what was committed");
        assertEquals(Set.of(), new Canaries(WORDS).foundInFilesUnder(files));
    }

    @Test
    void freeTextStoredInClearBeforeTheUpgradeIsSealedAtStartup() {
        String markerId = UUID.randomUUID().toString();
        String deviceId = UUID.randomUUID().toString();
        String source = "Constable Oldrowley" + RUN;
        StoredRows rows = new StoredRows(dataSource);
        rows.execute("INSERT INTO risk_marker (id, tenant_id, person_id, kind, source, recorded_on, created_by, "
                + "created_at) VALUES (?, ?, ?, 'weapons', ?, '2025-01-02', 'uid', NOW())", markerId, TENANT,
                UUID.randomUUID().toString(), source);
        rows.execute("INSERT INTO device (id, tenant_id, user_uid, platform, app_version, push_token, enrolled_at, "
                + "updated_at) VALUES (?, ?, 'uid', 'android', ?, ?, NOW(), NOW())", deviceId, TENANT,
                "OldVersion" + RUN, "OldToken" + RUN);

        startup.publishEvent(new StartupEvent(context));

        assertEquals(Set.of(), new Canaries(List.of(source, "OldVersion" + RUN, "OldToken" + RUN))
                .foundIn(DatabaseDump.of(dataSource).bytes()));
        assertEquals(source, cipher.open(rows.bytes("SELECT source_ct FROM risk_marker WHERE id = ?", markerId),
                markerId, "source"));
        assertEquals("OldToken" + RUN, cipher.open(rows.bytes("SELECT push_token_ct FROM device WHERE id = ?",
                deviceId), TENANT + "/" + deviceId, "push_token"));
    }

    /** A word of its own for one field, remembered as a canary. */
    private static String canary(String field) {
        String word = "Canary" + field + RUN;
        WORDS.add(word);
        return word;
    }

    /** Every free-text field of the domestic abuse incident, each with a canary in it. */
    private static DomesticAbuseIncident canaryCapture() {
        DomesticAbuseIncident incident = Captures.incident();
        incident.getChildren().get(0).name(new PersonName(GIVEN_NAME, FAMILY_NAME)).nhsNumber(NHS_NUMBER)
                .school(canary("School")).getVoice().ownWords(OWN_WORDS).demeanour(canary("Demeanour"))
                .wishesAndFeelings(canary("Wishes")).feelsSafeWith(canary("FeelsSafeWith"));
        incident.children(new ArrayList<>(incident.getChildren())).getChildren().add(new Child(UUID.randomUUID(), new PersonName("Bartholomew" + RUN, FAMILY_NAME),
                ChildPresence.PRESENT, new ChildVoice(true, false).notSpokenToReason(canary("NotSpokenToReason")))
                .dateOfBirth(LocalDate.now().minusYears(2)));
        WORDS.add("Bartholomew" + RUN);
        incident.getAdults().get(0).name(new PersonName("Ottoline", FAMILY_NAME))
                .relationshipToChildren(canary("RelationshipToChildren"))
                .knownRiskMarkers(List.of(new RiskMarkerRequest(RiskMarkerKind.NON_MOLESTATION_ORDER,
                        KNOWN_MARKER_SOURCE, LocalDate.now().minusYears(1)).details(canary("KnownMarkerDetails"))));
        incident.narrative(NARRATIVE).getPlace().addressLine(ADDRESS).town(canary("Town"))
                .description(canary("PlaceDescription"));
        incident.getRisk().professionalJudgementHigh(true).judgementReason(canary("JudgementReason"));
        return incident;
    }
}
