/**
 * Turns what the officer captured into the JSON the server expects, and checks it on the device
 * first so gaps are named in plain English while the officer is still at the door.
 */
@ParametersAreNonnullByDefault
package doorstep.device.capture;

import javax.annotation.ParametersAreNonnullByDefault;
