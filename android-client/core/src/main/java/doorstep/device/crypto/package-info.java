/**
 * The only code on the device that touches keys: the local vault that keeps drafts encrypted at rest,
 * and the sealer that encrypts a capture to the tenant's intake key so only the server can open it.
 */
@ParametersAreNonnullByDefault
package doorstep.device.crypto;

import javax.annotation.ParametersAreNonnullByDefault;
