package doorstep.device.crypto;

import com.google.crypto.tink.Aead;
import java.security.GeneralSecurityException;

/**
 * Wraps the local keyset with a key the platform keeps out of the app's reach: the Android
 * Keystore on the phone, a key file for the simulator and tests ({@link FileKeyWrapper}).
 */
public interface KeyWrapper {

    byte[] wrap(byte[] keyset, byte[] context) throws GeneralSecurityException;

    byte[] unwrap(byte[] wrapped, byte[] context) throws GeneralSecurityException;

    /** Wraps with a Tink {@link Aead}, such as the one {@code AndroidKeystoreKmsClient} returns. */
    static KeyWrapper of(Aead masterKey) {
        return new KeyWrapper() {
            @Override
            public byte[] wrap(byte[] keyset, byte[] context) throws GeneralSecurityException {
                return masterKey.encrypt(keyset, context);
            }

            @Override
            public byte[] unwrap(byte[] wrapped, byte[] context) throws GeneralSecurityException {
                return masterKey.decrypt(wrapped, context);
            }
        };
    }
}
