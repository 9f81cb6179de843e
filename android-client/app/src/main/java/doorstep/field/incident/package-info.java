/** The domestic abuse incident form: what happened, the people there, each child's voice, and DASH. */
@ParametersAreNonnullByDefault
package doorstep.field.incident;

import javax.annotation.ParametersAreNonnullByDefault;
