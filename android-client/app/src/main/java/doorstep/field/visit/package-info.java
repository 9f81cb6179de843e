/** The early help visit form: the family, who each person is to each child, each child's voice, the analysis. */
@ParametersAreNonnullByDefault
package doorstep.field.visit;

import javax.annotation.ParametersAreNonnullByDefault;
