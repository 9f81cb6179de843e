/**
 * Missing children: the notice that a child came back (which starts the 72-hour clock) and the return
 * home interview that answers it, with the clock shown while it runs.
 */
@ParametersAreNonnullByDefault
package doorstep.field.returnhome;

import javax.annotation.ParametersAreNonnullByDefault;
