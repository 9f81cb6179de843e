package doorstep.mash;

import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/** The tenant's queue as the API lists it, for other capabilities (the console) that render it themselves. */
@Singleton
public class QueueListing {

    private final TriageQueue queue;
    private final ContactSummaries summaries;

    QueueListing(TriageQueue queue, ContactSummaries summaries) {
        this.queue = queue;
        this.summaries = summaries;
    }

    /** The caller's tenant's contacts in deadline order, in one state or all open ones; 403 without a MASH role. */
    public List<ContactSummary> list(Caller caller, @Nullable ContactState state, int limit) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        doorstep.mash.ContactState filter = state == null ? null : doorstep.mash.ContactState.valueOf(state.name());
        return summaries.of(caller.tenantId(), queue.list(caller, filter, limit));
    }
}
