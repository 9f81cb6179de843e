package doorstep.mash;

import doorstep.api.model.CaptureKindName;
import doorstep.api.model.ChildReturned;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.EarlierContact;
import doorstep.api.model.PersonName;
import doorstep.api.model.Rag;
import doorstep.api.model.RatingReason;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.Returns;
import doorstep.testing.StoredRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A return home interview the interviewer refers is a contact about the child who went missing,
 * though the child is named in the return notice, not the interview: it counts among the child's
 * contacts in 12 months and shows in the history of the child's later contacts, in the child's own
 * tenant only. Repeated missing episodes are a strong sign of exploitation.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnInterviewRepeatContactsTest extends ApiTest {

    private static final LocalDate FOURTEEN_YEARS_OLD = LocalDate.now().minusYears(14);
    private static final String RUN = UUID.randomUUID().toString();

    @Inject
    DataSource dataSource;

    Tenant ours;
    Tenant theirs;

    @BeforeAll
    void setUp() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        ours = new Tenant(TENANT);
        theirs = new Tenant(OTHER_TENANT);
    }

    @Test
    void aReferredInterviewIsTheChildsSecondContactAndTheNextReferralTheThirdRaisedAStep() {
        String child = child("Second");
        UUID incident = ours.officer.refer(incidentAbout(child));
        UUID interview = ours.interviewAfterReturn(child);

        UUID third = ours.officer.refer(incidentAbout(child));

        assertEquals(1, ours.contactFor(incident).getRepeatCount());
        ContactSummary rhi = ours.contactFor(interview);
        assertEquals(CaptureKindName.RETURN_HOME_INTERVIEW, rhi.getKind());
        assertEquals(2, rhi.getRepeatCount());
        ContactSummary contact = ours.contactFor(third);
        assertEquals(3, contact.getRepeatCount());
        assertEquals(Rag.AMBER, contact.getRag(), "a standard risk incident about a 14 year old, raised from green");
        assertEquals(new RatingReason("repeat-contact", "Third contact about this child in 12 months"),
                contact.getRatingReasons().get(contact.getRatingReasons().size() - 1));
    }

    @Test
    void interviewsAfterReturnsInARowEachCount() {
        String child = child("Runs");
        UUID first = ours.interviewAfterReturn(child);
        UUID second = ours.interviewAfterReturn(child);

        UUID third = ours.interviewAfterReturn(child);

        assertEquals(List.of(1, 2), List.of(ours.contactFor(first).getRepeatCount(),
                ours.contactFor(second).getRepeatCount()));
        assertEquals(Rag.AMBER, ours.contactFor(second).getRag(), "missing is amber until it repeats a third time");
        ContactSummary contact = ours.contactFor(third);
        assertEquals(3, contact.getRepeatCount());
        assertEquals(Rag.RED, contact.getRag());
        assertEquals(List.of(new RatingReason("missing-episode", "The child was missing from home or care"),
                new RatingReason("repeat-contact", "Third contact about this child in 12 months")),
                contact.getRatingReasons());
    }

    @Test
    void aLaterContactsHistoryListsTheInterviewContact() {
        String child = child("History");
        UUID interview = ours.interviewAfterReturn(child);

        UUID later = ours.officer.refer(incidentAbout(child));

        ContactDetail detail = Referrer.openContact(api, ours.triager, later);
        assertEquals(List.of(ours.contactFor(interview).getContactId()),
                detail.getEarlierContacts().stream().map(EarlierContact::getContactId).toList());
        assertEquals(CaptureKindName.RETURN_HOME_INTERVIEW, detail.getEarlierContacts().get(0).getKind());
        assertEquals(2, detail.getContactsInLast12Months());
    }

    @Test
    void anotherTenantsContactsAboutAChildOfTheSameNameNeverCount() {
        String child = child("Isolated");
        UUID interview = ours.interviewAfterReturn(child);
        theirs.interviewAfterReturn(child);
        UUID theirIncident = theirs.officer.refer(incidentAbout(child));
        // Mention ids are unique within a tenant only: theirs may name a mention id that is also ours.
        StoredRows stored = new StoredRows(dataSource);
        stored.execute("INSERT INTO contact_child (contact_id, tenant_id, child_mention_id) "
                        + "SELECT ?, ?, child_mention_id FROM contact_child WHERE tenant_id = ? AND contact_id = ?",
                theirs.contactFor(theirIncident).getContactId().toString(), OTHER_TENANT, TENANT,
                ours.contactFor(interview).getContactId().toString());

        UUID later = ours.officer.refer(incidentAbout(child));

        assertEquals(2, ours.contactFor(later).getRepeatCount(), "our interview and this contact, none of theirs");
        ContactDetail detail = Referrer.openContact(api, ours.triager, later);
        assertEquals(List.of(ours.contactFor(interview).getContactId()),
                detail.getEarlierContacts().stream().map(EarlierContact::getContactId).toList());
        assertEquals(2, theirs.contactFor(theirIncident).getRepeatCount(), "their own interview counts for them");
    }

    @Test
    void interviewsReferredBeforeContactsKeptTheirChildrenCountOnceTheMigrationHasRun() {
        String child = child("Before");
        UUID interview = ours.interviewAfterReturn(child);
        StoredRows stored = new StoredRows(dataSource);
        // As every referred interview stood before V5_6; its backfill restores them all.
        stored.execute("DELETE FROM contact_child WHERE contact_id IN "
                + "(SELECT id FROM contact WHERE capture_kind = 'return-home-interview')");
        stored.execute(backfillOfV5_6());

        UUID later = ours.officer.refer(incidentAbout(child));

        assertEquals(2, ours.contactFor(later).getRepeatCount());
        assertEquals(List.of(ours.contactFor(interview).getContactId()),
                Referrer.openContact(api, ours.triager, later).getEarlierContacts().stream()
                        .map(EarlierContact::getContactId).toList());
    }

    private static String backfillOfV5_6() {
        try (var in = ReturnInterviewRepeatContactsTest.class.getResourceAsStream(
                "/db/migration/V5_6__contact_children.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = migration.indexOf("INSERT INTO contact_child");
            return migration.substring(start, migration.indexOf(';', start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family name of a child of this test's own, whom no other test's captures resolve to. */
    private static String child(String name) {
        return name + "-" + RUN;
    }

    /** A standard-risk incident (green for a 14 year old) with the child present. */
    private static DomesticAbuseIncident incidentAbout(String child) {
        return Captures.incidentAbout(child, FOURTEEN_YEARS_OLD, 0);
    }

    /** The same child as {@link #incidentAbout}, back from a missing episode, as the police record the return. */
    private static ChildReturned returnOf(String child) {
        PersonName name = incidentAbout(child).getChildren().get(0).getName();
        ChildReturned notice = Returns.childReturned(name.getGivenName(),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(6));
        notice.getChild().dateOfBirth(FOURTEEN_YEARS_OLD).getName().familyName(name.getFamilyName());
        return notice;
    }

    /** A tenant's police officer, return home interviewer and MASH triager, each with what they use. */
    private final class Tenant {

        final Referrer officer;
        final DeviceEnrolment policePhone;
        final SignedIn interviewer;
        final DeviceEnrolment interviewerPhone;
        final SignedIn triager;

        Tenant(String tenantId) {
            officer = Referrer.policeOfficer(api, tenantId);
            policePhone = officer.device();
            interviewer = EmulatorUsers.signedIn(tenantId, "return-home-service", "practitioner",
                    "return-home-interviewer");
            interviewerPhone = api.enrol(interviewer);
            triager = EmulatorUsers.signedIn(tenantId, "social-care", "mash-triager");
        }

        /** The police record the child's return; the interview after it finds one sign of exploitation and refers. */
        UUID interviewAfterReturn(String child) {
            UUID taskId = UUID.randomUUID();
            accepted(Returns.send(api, officer.officer(), policePhone, Returns.CHILD_RETURNED, returnOf(child),
                    taskId));
            UUID interviewId = UUID.randomUUID();
            accepted(Returns.send(api, interviewer, interviewerPhone, Returns.INTERVIEW,
                    Returns.interview(taskId, 1), interviewId));
            return interviewId;
        }

        ContactSummary contactFor(UUID submissionId) {
            return Referrer.contactFor(api, triager, submissionId);
        }

    }

    private static void accepted(SubmissionResult result) {
        assertEquals(SubmissionStatus.ACCEPTED, result.getStatus(), () -> "accepted; problem: " + result.getProblem());
    }
}
