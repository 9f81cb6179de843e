/**
 * The device core's storage port on the phone's own SQLite ({@code android.database.sqlite}): one
 * database file that only ever holds vault ciphertext, sealed payloads and ids.
 */
@ParametersAreNonnullByDefault
package doorstep.field.storage;

import javax.annotation.ParametersAreNonnullByDefault;
