package doorstep.mash;

import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DeadlineNotice;
import doorstep.api.model.DeadlineNoticeRecordKind;
import doorstep.api.model.DeadlineStatus;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedEntryKind;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.Referrer;
import doorstep.testing.Returns;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline job marks a contact near its deadline once three quarters of its time has gone and
 * breached once past it, and a return home interview task late once past its 72 hours: once each,
 * recording when, audited as the system, with a notice (ids only) in the managers' feed.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreachJobTest extends ApiTest implements WithSettableClock {

    /** A Monday morning, so the deadlines run on working hours from the start. */
    private static final Instant MONDAY_NINE = LocalDateTime.of(2026, 12, 7, 9, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant();

    @Inject
    SettableClock clock;

    @Inject
    BreachJob job;

    @Inject
    DataSource dataSource;

    StoredRows stored;
    Referrer referrer;
    SignedIn triager;
    SignedIn manager;
    DeviceEnrolment managerPhone;
    SignedIn returnHomeManager;
    DeviceEnrolment returnHomeManagerPhone;


    @BeforeAll
    void setUp() {
        stored = new StoredRows(dataSource);
        referrer = Referrer.policeOfficer(api, TENANT);
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "practitioner", "mash-manager");
        managerPhone = api.enrol(manager);
        returnHomeManager = EmulatorUsers.signedIn(TENANT, "return-home-service", "practitioner",
                "return-home-manager");
        returnHomeManagerPhone = api.enrol(returnHomeManager);
    }

    /** Each test sets its own time, earlier or later than the last: the job's turns start afresh. */
    @BeforeEach
    void forgetTheJobsTurns() {
        stored.execute("DELETE FROM job_run");
    }

    @Test
    void aContactWithThreeQuartersOfItsTimeGoneIsMarkedNearAndItsManagersAreTold() {
        clock.set(MONDAY_NINE);
        ContactSummary contact = newContact();
        assertEquals(DeadlineStatus.ON_TIME, contact.getDeadlineStatus());

        clock.set(quarterLeft(contact).plusSeconds(60));
        job.runDue();

        assertEquals(DeadlineStatus.NEAR, summary(contact.getContactId()).getDeadlineStatus());
        assertEquals(clock.instant(), markedAt("near_breach_at", contact.getContactId()));
        assertEquals(1, systemAudits("contact.deadline-near", contact.getContactId()));
        List<DeadlineNotice> notices = notices(manager, managerPhone, contact.getContactId());
        assertEquals(1, notices.size());
        assertEquals(DeadlineNoticeRecordKind.CONTACT, notices.get(0).getRecordKind());
        assertEquals(DeadlineStatus.NEAR, notices.get(0).getStatus());
        assertEquals(contact.getDueAt().toInstant(), notices.get(0).getDueAt().toInstant());
    }

    @Test
    void aContactNotYetNearItsDeadlineIsLeftAlone() {
        clock.set(MONDAY_NINE.plus(Duration.ofDays(7)));
        ContactSummary contact = newContact();

        clock.set(quarterLeft(contact).minusSeconds(60));
        job.runDue();

        assertEquals(DeadlineStatus.ON_TIME, summary(contact.getContactId()).getDeadlineStatus());
        assertEquals(0, systemAudits("contact.deadline-near", contact.getContactId()));
        assertEquals(List.of(), notices(manager, managerPhone, contact.getContactId()));
    }

    @Test
    void aContactPastItsDeadlineIsMarkedBreachedOnceHoweverOftenTheJobRuns() {
        clock.set(MONDAY_NINE.plus(Duration.ofDays(14)));
        ContactSummary contact = newContact();

        clock.set(contact.getDueAt().toInstant().plusSeconds(60));
        job.runDue();
        Instant firstSeen = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        job.runDue();

        assertEquals(DeadlineStatus.BREACHED, summary(contact.getContactId()).getDeadlineStatus());
        assertEquals(firstSeen, markedAt("breached_at", contact.getContactId()));
        assertEquals(1, systemAudits("contact.deadline-breached", contact.getContactId()));
        assertEquals(List.of(DeadlineStatus.BREACHED), notices(manager, managerPhone, contact.getContactId()).stream()
                .map(DeadlineNotice::getStatus).toList(), "passed its deadline between runs: breached, never near");
    }

    @Test
    void aContactDecidedInTimeIsNeverMarked() {
        clock.set(MONDAY_NINE.plus(Duration.ofDays(21)));
        ContactSummary contact = newContact();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contact.getContactId() + "/claim", ""), triager,
                ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + contact.getContactId() + "/decision",
                new DecisionRequest(Outcome.INFORMATION_AND_ADVICE, "Information and advice to the family; no immediate risk.")), triager,
                ContactSummary.class);

        clock.set(contact.getDueAt().toInstant().plus(Duration.ofDays(1)));
        job.runDue();

        assertEquals(DeadlineStatus.ON_TIME, summary(contact.getContactId()).getDeadlineStatus());
        assertEquals(0, stored.count("SELECT COUNT(*) FROM contact WHERE id = ? AND (breached_at IS NOT NULL "
                + "OR near_breach_at IS NOT NULL)", contact.getContactId().toString()));
        assertEquals(List.of(), notices(manager, managerPhone, contact.getContactId()));
    }

    @Test
    void aReturnHomeInterviewTaskPastSeventyTwoHoursIsMarkedLateForBothServicesManagers() {
        clock.set(MONDAY_NINE.plus(Duration.ofDays(28)));
        UUID taskId = recordReturn(clock.instant().minus(Duration.ofHours(73)));

        job.runDue();
        clock.advance(Duration.ofMinutes(5));
        job.runDue();

        assertEquals(1, stored.count("SELECT COUNT(*) FROM return_home_task WHERE id = ? AND late_at = ?",
                taskId.toString(), clock.instant().minus(Duration.ofMinutes(5))));
        assertEquals(1, systemAudits("task.late", taskId));
        for (var reader : List.of(Map.entry(manager, managerPhone), Map.entry(returnHomeManager, returnHomeManagerPhone))) {
            List<DeadlineNotice> notices = notices(reader.getKey(), reader.getValue(), taskId);
            assertEquals(1, notices.size());
            assertEquals(DeadlineNoticeRecordKind.RETURN_HOME_INTERVIEW, notices.get(0).getRecordKind());
            assertEquals(DeadlineStatus.BREACHED, notices.get(0).getStatus());
        }
        assertFalse(rawFeed(manager, managerPhone).contains("Kayla"), "ids only in the feed");
    }

    @Test
    void triagersGetNoDeadlineNotices() {
        SignedIn triagerWithPhone = EmulatorUsers.signedIn(TENANT, "social-care", "practitioner", "mash-triager");
        DeviceEnrolment triagerPhone = api.enrol(triagerWithPhone);
        clock.set(MONDAY_NINE.plus(Duration.ofDays(35)));
        ContactSummary contact = newContact();

        clock.set(contact.getDueAt().toInstant().plusSeconds(60));
        job.runDue();

        assertEquals(1, notices(manager, managerPhone, contact.getContactId()).size());
        assertEquals(List.of(), notices(triagerWithPhone, triagerPhone, contact.getContactId()));
    }

    @Test
    void theJobWorksATenantOncePerInterval() {
        clock.set(MONDAY_NINE.plus(Duration.ofDays(42)));

        assertTrue(job.runDue().contains(TENANT));
        clock.advance(Duration.ofSeconds(59));
        assertFalse(job.runDue().contains(TENANT), "within the interval");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(job.runDue().contains(TENANT), "the next interval");
    }

    private static Instant quarterLeft(ContactSummary contact) {
        Instant received = contact.getReceivedAt().toInstant();
        Duration allowed = Duration.between(received, contact.getDueAt().toInstant());
        return received.plus(allowed.multipliedBy(3).dividedBy(4));
    }

    private ContactSummary newContact() {
        return Referrer.contactFor(api, triager, referrer.refer(Captures.incident()));
    }

    private ContactSummary summary(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts?limit=500&state=decided"), triager, ContactQueue.class)
                .getContacts().stream().filter(c -> c.getContactId().equals(contactId)).findFirst()
                .orElseGet(() -> api.call(HttpRequest.GET("/v1/mash/contacts?limit=500"), triager, ContactQueue.class)
                        .getContacts().stream().filter(c -> c.getContactId().equals(contactId)).findFirst()
                        .orElseThrow());
    }

    private Instant markedAt(String column, UUID contactId) {
        long micros = stored.count("SELECT UNIX_TIMESTAMP(" + column + ") * 1000000 FROM contact WHERE id = ?",
                contactId.toString());
        return Instant.EPOCH.plus(Duration.ofNanos(micros * 1000));
    }

    private long systemAudits(String action, UUID recordId) {
        return stored.count("SELECT COUNT(*) FROM audit_entry WHERE record_id = ? AND action = ? AND actor_uid = ?",
                recordId.toString(), action, BreachMarker.ACTOR);
    }

    private List<DeadlineNotice> notices(SignedIn user, DeviceEnrolment phone, UUID recordId) {
        return api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + phone.getDeviceId()), user, FeedPage.class)
                .getEntries().stream()
                .filter(e -> e.getKind() == FeedEntryKind.DEADLINE && e.getDeadline().getRecordId().equals(recordId))
                .map(FeedEntry::getDeadline)
                .toList();
    }

    private String rawFeed(SignedIn user, DeviceEnrolment phone) {
        return api.call(HttpRequest.GET("/v1/feed?limit=200&deviceId=" + phone.getDeviceId()), user, String.class);
    }

    private UUID recordReturn(Instant returnedAt) {
        UUID id = UUID.randomUUID();
        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, referrer.officer(), referrer.device(),
                Returns.CHILD_RETURNED, Returns.childReturned("Kayla", returnedAt.atOffset(ZoneOffset.UTC)), id)
                .getStatus());
        return id;
    }
}
