package doorstep.mash;

import doorstep.api.MashApi;
import doorstep.api.model.CaptureKindName;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.EarlierContact;
import doorstep.api.model.Outcome;
import doorstep.api.model.Rag;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Role;
import io.micronaut.http.annotation.Controller;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

@Controller
class MashController implements MashApi {

    private final CurrentCaller currentCaller;
    private final TriageQueue queue;
    private final Clock clock;
    private final DecisionHistory history;

    MashController(CurrentCaller currentCaller, TriageQueue queue, Clock clock, DecisionHistory history) {
        this.currentCaller = currentCaller;
        this.queue = queue;
        this.clock = clock;
        this.history = history;
    }

    @Override
    public ContactQueue listContacts(doorstep.api.model.ContactState state, Integer limit) {
        Caller caller = triager();
        ContactState filter = state == null ? null : ContactState.valueOf(state.name());
        return new ContactQueue(queue.list(caller, filter, limit == null ? 100 : limit).stream()
                .map(this::summary).toList());
    }

    @Override
    public ContactDetail getContact(UUID contactId) {
        TriageQueue.ContactRecord record = queue.read(triager(), contactId);
        ContactDetail detail = new ContactDetail(summary(record.contact()))
                .childNetworks(record.childNetworks())
                .earlierContacts(record.earlierContacts().stream().map(MashController::earlier).toList())
                .rationale(record.rationale())
                .decisions(history.of(record.contact().tenantId(), contactId));
        record.capture().describe(detail);
        return detail;
    }

    @Override
    public ContactSummary claimContact(UUID contactId) {
        return summary(queue.claim(triager(), contactId));
    }

    @Override
    public ContactSummary decideContact(UUID contactId, DecisionRequest decision) {
        return summary(queue.decide(triager(), contactId, decision));
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
        boolean overdue = contact.state() != ContactState.DECIDED && clock.instant().isAfter(contact.dueAt());
        return new ContactSummary(contact.id(), contact.submissionId(), CaptureKindName.fromValue(contact.captureKind()),
                rag(contact), state(contact),
                contact.receivedAt().atOffset(ZoneOffset.UTC), contact.dueAt().atOffset(ZoneOffset.UTC), overdue,
                contact.childCount(), contact.referrerAgency())
                .ragReasons(Arrays.asList(contact.ragReasons().split(Contact.REASON_SEPARATOR)))
                .claimedBy(contact.claimedBy())
                .outcome(contact.outcome() == null ? null : Outcome.fromValue(contact.outcome()))
                .decidedAt(contact.decidedAt() == null ? null : contact.decidedAt().atOffset(ZoneOffset.UTC));
    }
}
