/**
 * Sending in the background: the framework JobScheduler runs core's sync job (push the outbox, read
 * the feed) with a network constraint, after a reboot too, and keeps what the home screen says about it.
 */
@ParametersAreNonnullByDefault
package doorstep.field.sync;

import javax.annotation.ParametersAreNonnullByDefault;
