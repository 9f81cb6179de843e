package doorstep.mash;

import java.time.Instant;
import java.util.UUID;

/**
 * The deadline job found a record near its deadline or past it, for everyone holding
 * {@code audienceRole} in the tenant. Ids, codes and times only, never a child's data.
 *
 * @param recordKind {@link #CONTACT} or {@link #RETURN_HOME_INTERVIEW}, as the contract names it
 * @param status     {@link #NEAR} or {@link #BREACHED}
 */
public record DeadlineReached(String tenantId, String audienceRole, UUID recordId, String recordKind, String status,
                              Instant dueAt, Instant at) {

    public static final String CONTACT = "contact";
    public static final String RETURN_HOME_INTERVIEW = "return-home-interview";
    public static final String NEAR = "near";
    public static final String BREACHED = "breached";
}
