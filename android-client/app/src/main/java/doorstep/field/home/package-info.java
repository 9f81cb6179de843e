/** The home screen: for now only where sign-in and unlock lead; the home step fills it. */
@ParametersAreNonnullByDefault
package doorstep.field.home;

import javax.annotation.ParametersAreNonnullByDefault;
