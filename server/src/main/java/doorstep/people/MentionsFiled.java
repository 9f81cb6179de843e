package doorstep.people;

import java.util.UUID;

/**
 * A mention a committed resolution filed, to be counted in the tenant's mention tally. Counted
 * after commit: the tally is a statistic, and bumping its shared rows inside every capture's
 * transaction made concurrent captures wait on each other and deadlock.
 */
record MentionsFiled(String tenantId, UUID mentionId) {
}
