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
import doorstep.api.model.RatingChangeRequest;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Role;
import io.micronaut.http.annotation.Controller;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@Controller
class MashController implements MashApi {

    private final CurrentCaller currentCaller;
    private final TriageQueue queue;
    private final Clock clock;
    private final ContactRatings ratings;
    private final RatingChanges ratingChanges;
    private final DecisionHistory history;

    MashController(CurrentCaller currentCaller, TriageQueue queue, Clock clock, ContactRatings ratings,
                   RatingChanges ratingChanges, DecisionHistory history) {
        this.currentCaller = currentCaller;
        this.queue = queue;
        this.clock = clock;
        this.ratings = ratings;
        this.ratingChanges = ratingChanges;
        this.history = history;
    }

    @Override
    public ContactQueue listContacts(doorstep.api.model.ContactState state, Integer limit) {
        Caller caller = triager();
        ContactState filter = state == null ? null : ContactState.valueOf(state.name());
        List<Contact> contacts = queue.list(caller, filter, limit == null ? 100 : limit);
        Map<UUID, ContactRating> rated = ratings.of(caller.tenantId(), contacts);
        return new ContactQueue(contacts.stream()
                .map(contact -> ContactRatings.describe(summary(contact), contact, rated.get(contact.id()))).toList());
    }

    @Override
    public ContactDetail getContact(UUID contactId) {
        Caller caller = triager();
        TriageQueue.ContactRecord record = queue.read(caller, contactId);
        ContactDetail detail = new ContactDetail(rated(caller, record.contact()))
                .childNetworks(record.childNetworks())
                .earlierContacts(record.earlierContacts().stream().map(MashController::earlier).toList())
                .contactsInLast12Months(ContactRatings.contactsInTwelveMonths(record.contact(), record.earlierContacts()))
                .ratingChanges(ratings.changesTo(caller.tenantId(), contactId))
                .rationale(record.rationale())
                .decisions(history.of(record.contact().tenantId(), contactId));
        record.capture().describe(detail);
        return detail;
    }

    @Override
    public ContactSummary claimContact(UUID contactId) {
        Caller caller = triager();
        return rated(caller, queue.claim(caller, contactId));
    }

    @Override
    public ContactSummary decideContact(UUID contactId, DecisionRequest decision) {
        Caller caller = triager();
        return rated(caller, queue.decide(caller, contactId, decision));
    }

    @Override
    public ContactSummary changeRating(UUID contactId, RatingChangeRequest change) {
        Caller caller = triager();
        return rated(caller, ratingChanges.change(caller, contactId,
                RagRating.valueOf(change.getRag().name()), change.getReason()));
    }

    private ContactSummary rated(Caller caller, Contact contact) {
        return ContactRatings.describe(summary(contact), contact,
                ratings.of(caller.tenantId(), List.of(contact)).get(contact.id()));
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
