/**
 * Implementations of the outbox's storage port: in memory for tests and SQLite over JDBC for the
 * simulator. The phone adds its own android.database.sqlite one; content arrives already encrypted.
 */
@ParametersAreNonnullByDefault
package doorstep.device.storage;

import javax.annotation.ParametersAreNonnullByDefault;
