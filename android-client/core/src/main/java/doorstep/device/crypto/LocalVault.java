package doorstep.device.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * Encrypts records at rest with AES-256-GCM, the record id as associated data so a ciphertext
 * moved onto another record fails to open. The keyset is created once, kept only wrapped, and
 * held in memory for as long as the app keeps this instance.
 */
public final class LocalVault {

    private static final byte[] KEYSET_CONTEXT = "doorstep-local-keyset-v1".getBytes(StandardCharsets.UTF_8);

    private final Aead aead;

    private LocalVault(Aead aead) {
        this.aead = aead;
    }

    /** Opens the keyset kept in {@code slot}, creating and storing it wrapped on first use. */
    public static LocalVault open(KeyWrapper wrapper, KeysetSlot slot) throws GeneralSecurityException {
        AeadConfig.register();
        Aead wrapping = asAead(wrapper);
        Optional<byte[]> wrapped = slot.read();
        KeysetHandle keyset;
        if (wrapped.isPresent()) {
            keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped.get(), wrapping, KEYSET_CONTEXT);
        } else {
            keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            slot.write(TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, wrapping, KEYSET_CONTEXT));
        }
        return new LocalVault(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
    }

    public byte[] encrypt(byte[] plaintext, String recordId) {
        try {
            return aead.encrypt(plaintext, associatedData(recordId));
        } catch (GeneralSecurityException e) {
            // AES-GCM encryption only fails on a broken JCE provider: a bug, not an expected state.
            throw new IllegalStateException("Encryption failed for record " + recordId, e);
        }
    }

    public byte[] decrypt(byte[] ciphertext, String recordId) throws UnreadableRecordProblem {
        try {
            return aead.decrypt(ciphertext, associatedData(recordId));
        } catch (GeneralSecurityException e) {
            throw new UnreadableRecordProblem(recordId, e);
        }
    }

    private static byte[] associatedData(String recordId) {
        return recordId.getBytes(StandardCharsets.UTF_8);
    }

    private static Aead asAead(KeyWrapper wrapper) {
        return new Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
                return wrapper.wrap(plaintext, associatedData);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
                return wrapper.unwrap(ciphertext, associatedData);
            }
        };
    }
}
