package doorstep.mash;

import doorstep.api.MashApi;
import doorstep.api.model.CaptureKindName;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.EarlierContact;
import doorstep.api.model.Outcome;
import doorstep.api.model.Oversight;
import doorstep.api.model.Rag;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Role;
import io.micronaut.http.annotation.Controller;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Controller
class MashController implements MashApi {

    private final CurrentCaller currentCaller;
    private final TriageQueue queue;
    private final Clock clock;
    private final ContactClockRepository clocks;
    private final BreachConfiguration breaches;
    private final FrontDoorOversight oversight;

    MashController(CurrentCaller currentCaller, TriageQueue queue, Clock clock, ContactClockRepository clocks,
                   BreachConfiguration breaches, FrontDoorOversight oversight) {
        this.currentCaller = currentCaller;
        this.queue = queue;
        this.clock = clock;
        this.clocks = clocks;
        this.breaches = breaches;
        this.oversight = oversight;
    }

    @Override
    public ContactQueue listContacts(doorstep.api.model.ContactState state, Integer limit) {
        Caller caller = triager();
        ContactState filter = state == null ? null : ContactState.valueOf(state.name());
        List<Contact> contacts = queue.list(caller, filter, limit == null ? 100 : limit);
        Map<UUID, ContactClock> times = contacts.isEmpty() ? Map.of() : clocks.findByTenantIdAndIdIn(caller.tenantId(),
                contacts.stream().map(Contact::id).toList()).stream().collect(Collectors.toMap(ContactClock::id, c -> c));
        return new ContactQueue(contacts.stream().map(c -> summary(c, times.get(c.id()))).toList());
    }

    @Override
    public ContactDetail getContact(UUID contactId) {
        TriageQueue.ContactRecord record = queue.read(triager(), contactId);
        ContactDetail detail = new ContactDetail(summary(record.contact()))
                .childNetworks(record.childNetworks())
                .earlierContacts(record.earlierContacts().stream().map(MashController::earlier).toList())
                .rationale(record.rationale());
        record.capture().describe(detail);
        return detail;
    }

    @Override
    public ContactSummary claimContact(UUID contactId) {
        return summary(queue.claim(triager(), contactId));
    }

    @Override
    public ContactSummary releaseContact(UUID contactId) {
        return summary(queue.release(triager(), contactId));
    }

    @Override
    public Oversight getOversight() {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_MANAGER);
        return oversight.of(caller);
    }

    @Override
    public ContactSummary decideContact(UUID contactId, DecisionRequest decision) {
        return summary(queue.decide(triager(), contactId, decision.getOutcome().getValue(), decision.getRationale()));
    }

    private Caller triager() {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return caller;
    }

    private static EarlierContact earlier(Contact contact) {
        return new EarlierContact(contact.id(), CaptureKindName.fromValue(contact.captureKind()), rag(contact),
                state(contact), contact.receivedAt().atOffset(ZoneOffset.UTC))
                .outcome(contact.outcome() == null ? null : Outcome.fromValue(contact.outcome()));
    }

    private static Rag rag(Contact contact) {
        return Rag.fromValue(contact.rag().name().toLowerCase(Locale.ROOT));
    }

    private static doorstep.api.model.ContactState state(Contact contact) {
        return doorstep.api.model.ContactState.fromValue(contact.state().name().toLowerCase(Locale.ROOT));
    }

    private ContactSummary summary(Contact contact) {
        return summary(contact, clocks.findByIdAndTenantId(contact.id(), contact.tenantId()).orElseThrow());
    }

    /** A lapsed claim shows as queued, with no holder: anyone may claim it. */
    private ContactSummary summary(Contact contact, ContactClock times) {
        Instant now = clock.instant();
        boolean held = times.claimHeldAt(now);
        boolean overdue = contact.state() != ContactState.DECIDED && clock.instant().isAfter(contact.dueAt());
        return new ContactSummary(contact.id(), contact.submissionId(), CaptureKindName.fromValue(contact.captureKind()),
                rag(contact), doorstep.api.model.ContactState.fromValue(times.stateAt(now).name().toLowerCase(Locale.ROOT)),
                contact.receivedAt().atOffset(ZoneOffset.UTC), contact.dueAt().atOffset(ZoneOffset.UTC), overdue,
                contact.childCount(), contact.referrerAgency())
                .ragReasons(Arrays.asList(contact.ragReasons().split(Contact.REASON_SEPARATOR)))
                .claimedBy(held ? contact.claimedBy() : null)
                .claimExpiresAt(held ? times.claimExpiresAt().atOffset(ZoneOffset.UTC) : null)
                .deadlineStatus(times.deadlineStatusAt(now, breaches.nearFraction()).wire())
                .outcome(contact.outcome() == null ? null : Outcome.fromValue(contact.outcome()))
                .decidedAt(contact.decidedAt() == null ? null : contact.decidedAt().atOffset(ZoneOffset.UTC));
    }
}
