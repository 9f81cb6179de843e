package doorstep.device.crypto;

import java.security.GeneralSecurityException;

/**
 * A record's ciphertext failed authentication: it was altered, or written under another keyset
 * (for example after the app's data was restored onto a new phone). Never retried: the outbox
 * moves the item to REJECTED with a reason the officer can read, and keeps it visible.
 */
public final class UnreadableRecordProblem extends Exception {

    UnreadableRecordProblem(String recordId, GeneralSecurityException cause) {
        super("Record " + recordId + " could not be decrypted on this device", cause);
    }
}
