package doorstep.mash;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.BacklogAgeBand;
import doorstep.api.model.BacklogAgency;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DeadlineStatus;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.LateReturnHomeInterview;
import doorstep.api.model.Outcome;
import doorstep.api.model.OverdueAction;
import doorstep.api.model.OverseenContact;
import doorstep.api.model.Oversight;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.api.model.SubmissionStatus;
import doorstep.testing.ApiTest;
import doorstep.testing.Captures;
import doorstep.testing.EmulatorUsers.SignedIn;
import doorstep.testing.EmulatorUsers;
import doorstep.testing.Referrer;
import doorstep.testing.Returns;
import doorstep.testing.SettableClock;
import doorstep.testing.WithSettableClock;
import doorstep.testing.StoredRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A MASH manager sees the front door at a glance: breaches (oldest due first), then near-breaches,
 * late return home interviews, and the undecided backlog by age and by agency. No child's name;
 * triagers and other tenants' managers see none of it.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightTest extends ApiTest implements WithSettableClock {

    private static final Instant MONDAY_NINE = LocalDateTime.of(2026, 12, 7, 9, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant();

    @Inject
    SettableClock clock;

    @Inject
    DataSource dataSource;

    SignedIn manager;
    SignedIn triager;
    UUID longBreached;
    UUID breached;
    UUID near;
    UUID decided;
    UUID lateInterview;
    UUID overdueAction;
    Instant now;


    /** Given a contact near its deadline, two past it (one from health), one decided late, and a late interview. */
    @BeforeAll
    void setUp() {
        manager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-manager");
        triager = EmulatorUsers.signedIn(TENANT, "social-care", "mash-triager");
        Referrer police = Referrer.policeOfficer(api, TENANT);
        Referrer health = Referrer.enrolled(api, EmulatorUsers.signedIn(TENANT, "health", "practitioner"));

        clock.set(MONDAY_NINE);
        ContactSummary nearContact = contact(police);
        near = nearContact.getContactId();
        Instant received = nearContact.getReceivedAt().toInstant();
        now = received.plus(Duration.between(received, nearContact.getDueAt().toInstant()).multipliedBy(4).dividedBy(5));

        clock.set(now.minus(Duration.ofDays(40)));
        longBreached = contact(police).getContactId();
        clock.set(now.minus(Duration.ofDays(8)));
        breached = contact(health).getContactId();
        clock.set(now.minus(Duration.ofDays(10)));
        decided = contact(police).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + decided + "/claim", ""), triager, ContactSummary.class);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + decided + "/decision",
                new DecisionRequest(Outcome.INFORMATION_AND_ADVICE, "Information and advice to the family; no immediate risk.")), triager,
                ContactSummary.class);
        UUID withAction = contact(police).getContactId();
        api.call(HttpRequest.POST("/v1/mash/contacts/" + withAction + "/claim", ""), triager, ContactSummary.class);
        LocalDate decidedOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        api.call(HttpRequest.POST("/v1/mash/contacts/" + withAction + "/decision",
                new DecisionRequest(Outcome.SECTION_17_ASSESSMENT, "Assess the family's needs under section 17.")
                        .addActionsItem(new ActionRequest("Ask Amy's GP about her bruises", decidedOn.plusDays(2))
                                .ownerAgency("health"))), triager, ContactSummary.class);
        overdueAction = actionOn(withAction);

        clock.set(now);
        lateInterview = UUID.randomUUID();
        assertEquals(SubmissionStatus.ACCEPTED, Returns.send(api, police.officer(), police.device(),
                Returns.CHILD_RETURNED, Returns.childReturned("Kayla", now.minus(Duration.ofHours(80))
                        .atOffset(ZoneOffset.UTC)), lateInterview).getStatus());
    }

    @Test
    void managersSeeBreachesOldestDueFirstThenNearBreachesThenLateInterviews() {
        Oversight oversight = oversight(manager);

        assertEquals(now, oversight.getAsOf().toInstant());
        assertEquals(List.of(longBreached, breached), ids(oversight.getBreaches()));
        assertTrue(oversight.getBreaches().stream().allMatch(c -> c.getDeadlineStatus() == DeadlineStatus.BREACHED));
        assertEquals(List.of(near), ids(oversight.getNearBreaches()));
        assertEquals(DeadlineStatus.NEAR, oversight.getNearBreaches().get(0).getDeadlineStatus());
        List<LateReturnHomeInterview> late = oversight.getLateReturnHomeInterviews();
        assertEquals(List.of(lateInterview), late.stream().map(LateReturnHomeInterview::getTaskId).toList());
        assertEquals(ReturnHomeTaskState.OPEN, late.get(0).getState());
    }

    @Test
    void managersSeeOverdueActionsWithTheirOwnerButNotWhatTheyAsk() {
        List<OverdueAction> overdue = oversight(manager).getOverdueActions();

        assertEquals(List.of(overdueAction), overdue.stream().map(OverdueAction::getActionId).toList());
        assertEquals("health", overdue.get(0).getOwnerAgency());
        assertFalse(api.call(HttpRequest.GET("/v1/mash/oversight"), manager, String.class).contains("bruises"));
    }

    @Test
    void theBacklogCountsUndecidedContactsByAgeAndByAgencyWithTheOldestAge() {
        var backlog = oversight(manager).getBacklog();

        assertEquals(3, backlog.getUndecided(), "the decided contact is not backlog");
        Map<String, Integer> byAge = backlog.getByAge().stream()
                .collect(Collectors.toMap(band -> band.getBand().getValue(), BacklogAgeBand::getCount));
        assertEquals(List.of("under-1-day", "1-to-3-days", "3-to-7-days", "7-to-30-days", "over-30-days"),
                backlog.getByAge().stream().map(band -> band.getBand().getValue()).toList());
        assertEquals(1, byAge.get("over-30-days"));
        assertEquals(1, byAge.get("7-to-30-days"));
        assertEquals(0, byAge.get("3-to-7-days"));
        assertEquals(1, byAge.get("under-1-day") + byAge.get("1-to-3-days"));
        assertEquals(List.of("police 2", "health 1"), backlog.getByAgency().stream()
                .map(agency -> agency.getAgency() + " " + agency.getCount()).toList());
        assertEquals(Duration.ofDays(40).toSeconds(), backlog.getOldestUndecidedAgeSeconds());
    }

    private UUID actionOn(UUID contactId) {
        return api.call(HttpRequest.GET("/v1/mash/contacts/" + contactId), triager, ContactDetail.class)
                .getDecisions().get(0).getActions().get(0).getActionId();
    }

    @Test
    void theOversightNamesNoChildAndItsReadIsAudited() {
        String raw = api.call(HttpRequest.GET("/v1/mash/oversight"), manager, String.class);

        for (String name : List.of("Amy", "Smith", "Kayla", "Jones", Captures.CHILD_WORDS)) {
            assertFalse(raw.contains(name), name);
        }
        assertTrue(new StoredRows(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oversight.read' "
                + "AND actor_uid = ?", manager.uid()) >= 1);
    }

    @Test
    void triagersAndReferrersAreRefused() {
        SignedIn officer = EmulatorUsers.signedIn(TENANT, "police", "practitioner");

        for (SignedIn other : List.of(triager, officer)) {
            assertEquals("/problems/forbidden", api.refusal(HttpRequest.GET("/v1/mash/oversight"), other, 403)
                    .get("type"));
        }
    }

    @Test
    void anotherTenantsManagerSeesNoneOfIt() {
        tenants.register(OTHER_TENANT, "Other Borough MASH");
        SignedIn elsewhere = EmulatorUsers.signedIn(OTHER_TENANT, "social-care", "mash-manager");

        Oversight theirs = oversight(elsewhere);

        assertEquals(List.of(), theirs.getBreaches());
        assertEquals(List.of(), theirs.getNearBreaches());
        assertEquals(List.of(), theirs.getLateReturnHomeInterviews());
        assertEquals(0, theirs.getBacklog().getUndecided());
        assertEquals(List.of(), theirs.getBacklog().getByAgency().stream().map(BacklogAgency::getAgency).toList());
        assertEquals(List.of(longBreached, breached), ids(oversight(manager).getBreaches()), "ours unchanged");
    }

    private Oversight oversight(SignedIn user) {
        return api.call(HttpRequest.GET("/v1/mash/oversight"), user, Oversight.class);
    }

    private ContactSummary contact(Referrer referrer) {
        return Referrer.contactFor(api, triager, referrer.refer(Captures.incident()
                .occurredAt(clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))));
    }

    private static List<UUID> ids(List<OverseenContact> contacts) {
        return contacts.stream().map(OverseenContact::getContactId).toList();
    }
}
