package doorstep.field.keys;

/**
 * The phone has no working Android Keystore, so nothing could be kept encrypted under a key the app
 * cannot read. Handled by refusing: the app shows {@link UnsafePhoneActivity} and stores nothing.
 */
public final class KeystoreMissingProblem extends Exception {

    KeystoreMissingProblem(Throwable cause) {
        super("The Android Keystore is missing or not working on this phone", cause);
    }
}
