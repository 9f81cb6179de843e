package doorstep.field;

import android.content.Context;
import doorstep.device.crypto.KeyWrapper;
import doorstep.device.crypto.LocalVault;
import doorstep.field.keys.KeystoreMissingProblem;
import doorstep.field.storage.AndroidOutboxStore;
import java.security.GeneralSecurityException;

/**
 * The app's database and the local keys that encrypt what is kept in it, each opened on first use.
 * The Keystore is asked before the database is touched, so a phone that must refuse never gets a
 * database file at all. Not thread-safe: {@link FieldApp} calls it under its own lock.
 */
final class LocalData {

    /** Where the key that wraps the local keyset comes from: the Keystore, or the test build's file. */
    interface Wrapping {
        KeyWrapper open() throws KeystoreMissingProblem;
    }

    private final Context context;
    private final Wrapping wrapping;
    private AndroidOutboxStore store;
    private LocalVault vault;

    LocalData(Context context, Wrapping wrapping) {
        this.context = context;
        this.wrapping = wrapping;
    }

    AndroidOutboxStore store() {
        if (store == null) {
            store = AndroidOutboxStore.open(context);
        }
        return store;
    }

    /** The encrypted local keys; {@link KeystoreMissingProblem} on a phone that cannot keep captures safe. */
    LocalVault vault() throws KeystoreMissingProblem {
        if (vault == null) {
            KeyWrapper wrapper = wrapping.open();
            try {
                vault = LocalVault.open(wrapper, store().keysetSlot());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The local keyset could not be unwrapped by the Keystore key", e);
            }
        }
        return vault;
    }

    /** The local keys, for what may only run once the entry screen has checked the phone. */
    LocalVault requireVault() {
        try {
            return vault();
        } catch (KeystoreMissingProblem e) {
            throw new IllegalStateException("Nothing may be stored on a phone without a working Keystore;"
                    + " the entry screen should have shown the refusal", e);
        }
    }

    /** Closes and deletes the database (outbox, settings, keyset); the next use starts afresh. */
    void delete() {
        if (store != null) {
            store.close();
        }
        AndroidOutboxStore.delete(context);
        store = null;
        vault = null;
    }
}
