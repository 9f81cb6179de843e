package doorstep;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Recognises the database's request to run a transaction again: a deadlock (MySQL/MariaDB 1213,
 * SQLSTATE 40001) or a lock wait timeout (1205). Expected under concurrency; the caller retries.
 */
public final class Deadlocks {

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private Deadlocks() {
    }

    public static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK
                    || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
