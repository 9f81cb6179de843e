package doorstep.device.sync;

/** How a sync run ended. */
public enum SyncStatus {
    /** Everything due was delivered or settled, and the feed is read to its end. */
    DONE,
    /** The server could not be reached, or items wait for their next attempt: run again at {@code retryAt}. */
    RETRY_LATER,
    /** The server refused the ID token: the officer must sign in again before anything is sent. */
    REAUTH_NEEDED,
    /** The server refused the whole request; items stay in the outbox and the problem is reported. */
    REFUSED,
    /**
     * The server has revoked this device (reported lost, or taken out of use): the app tells the officer
     * plainly and stops syncing. Items stay in the outbox; a wipe command, if sent, deletes them.
     */
    DEVICE_REVOKED
}
