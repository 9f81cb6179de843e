/**
 * Delivers sealed captures to the server and reads the device's feed back: receipts, refusals,
 * referral outcomes and lock or wipe commands. Runs as one durable job the platform schedules.
 */
@ParametersAreNonnullByDefault
package doorstep.device.sync;

import javax.annotation.ParametersAreNonnullByDefault;
