/**
 * The phone's keys: the Keystore-held key that wraps the local keyset, and the screen that refuses
 * to keep captures on a phone without a working Keystore.
 */
@ParametersAreNonnullByDefault
package doorstep.field.keys;

import javax.annotation.ParametersAreNonnullByDefault;
