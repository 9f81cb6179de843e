/**
 * The sign-in screen: email, password and the server address, checked on the phone before anything
 * is sent. The password is never kept, not even in the screen's saved state.
 */
@ParametersAreNonnullByDefault
package doorstep.field.signin;

import javax.annotation.ParametersAreNonnullByDefault;
