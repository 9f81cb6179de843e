package doorstep.audit;

import doorstep.identity.Caller;

/** Who did it: the user, the agency they work for, and the tenant whose chain the entry joins. */
public record Actor(String tenantId, String uid, String agency) {

    public static Actor of(Caller caller) {
        return new Actor(caller.tenantId(), caller.uid(), caller.agency());
    }
}
