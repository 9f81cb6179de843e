/**
 * Turns what a worker captured (a domestic abuse incident, an early help visit, a child-returned
 * notice, a return home interview) into the JSON the server expects, and checks it on the device
 * first, with the server's rules, so gaps are named in plain English while the worker is still there.
 */
@ParametersAreNonnullByDefault
package doorstep.device.capture;

import javax.annotation.ParametersAreNonnullByDefault;
