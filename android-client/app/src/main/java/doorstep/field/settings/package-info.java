/**
 * The app's few plain settings, none of them sensitive (the server address); anything about a
 * child or a credential is kept encrypted elsewhere, never here.
 */
@ParametersAreNonnullByDefault
package doorstep.field.settings;

import javax.annotation.ParametersAreNonnullByDefault;
