package doorstep.mash;

import doorstep.api.MashApi;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactQueue;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Oversight;
import doorstep.api.model.RatingChangeRequest;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Role;
import io.micronaut.http.annotation.Controller;

import java.util.UUID;

@Controller
class MashController implements MashApi {

    private final CurrentCaller currentCaller;
    private final TriageQueue queue;
    private final ContactSummaries summaries;
    private final ContactReading reading;
    private final RatingChanges ratingChanges;
    private final FrontDoorOversight oversight;

    MashController(CurrentCaller currentCaller, TriageQueue queue, ContactSummaries summaries, ContactReading reading,
                   RatingChanges ratingChanges, FrontDoorOversight oversight) {
        this.currentCaller = currentCaller;
        this.queue = queue;
        this.summaries = summaries;
        this.reading = reading;
        this.ratingChanges = ratingChanges;
        this.oversight = oversight;
    }

    @Override
    public ContactQueue listContacts(doorstep.api.model.ContactState state, Integer limit) {
        Caller caller = triager();
        ContactState filter = state == null ? null : ContactState.valueOf(state.name());
        return new ContactQueue(summaries.of(caller.tenantId(), queue.list(caller, filter, limit == null ? 100 : limit)));
    }

    @Override
    public ContactDetail getContact(UUID contactId) {
        return reading.read(triager(), contactId, ContactReading.TRIAGE);
    }

    @Override
    public ContactSummary claimContact(UUID contactId) {
        return reading.claim(triager(), contactId);
    }

    @Override
    public ContactSummary releaseContact(UUID contactId) {
        return reading.release(triager(), contactId);
    }

    @Override
    public ContactSummary decideContact(UUID contactId, DecisionRequest decision) {
        return summaries.of(queue.decide(triager(), contactId, decision));
    }

    @Override
    public ContactSummary changeRating(UUID contactId, RatingChangeRequest change) {
        Caller caller = triager();
        return summaries.of(ratingChanges.change(caller, contactId, RagRating.valueOf(change.getRag().name()),
                change.getReason()));
    }

    @Override
    public Oversight getOversight() {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_MANAGER);
        return oversight.of(caller);
    }

    private Caller triager() {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return caller;
    }
}
