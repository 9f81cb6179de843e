package doorstep.mash;

import doorstep.api.model.Oversight;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import jakarta.inject.Singleton;

/** The manager's view of the front door as the API gives it, for the console to render; audited as the API's read is. */
@Singleton
public class OversightReading {

    private final FrontDoorOversight oversight;

    OversightReading(FrontDoorOversight oversight) {
        this.oversight = oversight;
    }

    /** Breaches, near-breaches, overdue actions, late interviews and the backlog of the caller's tenant; 403 unless a MASH manager. */
    public Oversight read(Caller caller) {
        caller.requireAnyOf(Role.MASH_MANAGER);
        return oversight.of(caller);
    }
}
