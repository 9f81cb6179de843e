/**
 * The home screen: new captures, drafts, what waits to send, what was sent and what the MASH decided,
 * refused items with what to do, the return home interviews to do, and one sync line in plain English.
 */
@ParametersAreNonnullByDefault
package doorstep.field.home;

import javax.annotation.ParametersAreNonnullByDefault;
