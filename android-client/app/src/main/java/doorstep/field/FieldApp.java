package doorstep.field;

import android.app.Application;
import android.content.Context;
import doorstep.device.crypto.KeyWrapper;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxStore;
import doorstep.field.keys.KeystoreKeyWrapper;
import doorstep.field.keys.KeystoreMissingProblem;
import doorstep.field.storage.AndroidOutboxStore;
import java.security.GeneralSecurityException;
import java.time.Clock;

/**
 * Makes the app's collaborators once per process and hands them to the screens; it decides nothing.
 * The local keys come from the Android Keystore only: {@link #keyWrapper()} is the one seam, which
 * the test build alone overrides (doorstep.field.testing.TestFieldApp, in the test sources).
 */
public class FieldApp extends Application {

    private OutboxStore store;
    private LocalVault vault;
    private Outbox outbox;

    public static FieldApp of(Context context) {
        return (FieldApp) context.getApplicationContext();
    }

    /**
     * Whether captures can be kept here: the Keystore works and the local keys open. When false,
     * nothing has been stored and the app must show {@code UnsafePhoneActivity}.
     */
    public synchronized boolean keepsCapturesSafe() {
        try {
            vault();
            return true;
        } catch (KeystoreMissingProblem e) {
            return false;
        }
    }

    /** The officer's captures. Only reachable once {@link #keepsCapturesSafe()} said yes. */
    public synchronized Outbox outbox() {
        if (outbox == null) {
            LocalVault keys = requireVault(); // before the store: no file on a phone that must refuse
            outbox = new Outbox(store(), keys, clock());
        }
        return outbox;
    }

    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The encrypted local keys; for the app's own stores of secrets (the refresh token, the PIN). */
    public synchronized LocalVault requireVault() {
        try {
            return vault();
        } catch (KeystoreMissingProblem e) {
            throw new IllegalStateException("Nothing may be stored on a phone without a working Keystore;"
                    + " the entry screen should have shown the refusal", e);
        }
    }

    private synchronized OutboxStore store() {
        if (store == null) {
            store = AndroidOutboxStore.open(this);
        }
        return store;
    }

    /** The key that wraps the local keyset. Production: the Android Keystore, and nothing else. */
    protected KeyWrapper keyWrapper() throws KeystoreMissingProblem {
        return KeystoreKeyWrapper.open(this);
    }

    private LocalVault vault() throws KeystoreMissingProblem {
        if (vault == null) {
            // The Keystore is asked first, so a phone without one never gets a database file at all.
            KeyWrapper wrapper = keyWrapper();
            try {
                vault = LocalVault.open(wrapper, store().keysetSlot());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The local keyset could not be unwrapped by the Keystore key", e);
            }
        }
        return vault;
    }
}
