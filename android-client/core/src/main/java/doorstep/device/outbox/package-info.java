/**
 * The device's outbox: captures from draft to sealed, sent and receipted (or refused), encrypted at rest.
 * Owns {@link doorstep.device.outbox.OutboxStore}, the storage port that {@code doorstep.device.storage} implements.
 */
@ParametersAreNonnullByDefault
package doorstep.device.outbox;

import javax.annotation.ParametersAreNonnullByDefault;
