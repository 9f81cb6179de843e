/** The app lock: the 6-digit PIN (a salted slow hash inside the vault) and when to ask for it again. */
@ParametersAreNonnullByDefault
package doorstep.device.lock;

import javax.annotation.ParametersAreNonnullByDefault;
