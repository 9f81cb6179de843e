package doorstep.mash;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * An action from a MASH decision went past its due day, published once per action whatever the
 * number of servers: to its owner by name, or, for an action an agency owns, to the tenant's MASH
 * managers. Ids and times only.
 *
 * @param dueAt the end of the action's due day in England
 */
public record ActionOverdue(String tenantId, UUID actionId, @Nullable String ownerUid, @Nullable String ownerAgency,
                            Instant dueAt, Instant at) {
}
