/**
 * The app lock on screen: choosing the PIN, the lock screen (PIN or biometric), the base of every
 * screen that shows a child's data (FLAG_SECURE, lock on return), and locking when the app leaves the screen.
 */
@ParametersAreNonnullByDefault
package doorstep.field.lock;

import javax.annotation.ParametersAreNonnullByDefault;
