/**
 * The officer's account: Firebase Auth's REST sign-in with email and password, quiet token refresh,
 * and the refresh token kept only encrypted. Used by the app and the simulator alike.
 */
@ParametersAreNonnullByDefault
package doorstep.device.account;

import javax.annotation.ParametersAreNonnullByDefault;
