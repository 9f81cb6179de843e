package doorstep.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts a sensitive field (a name, a date of birth, a child's words) for storage, bound to the
 * row and field it belongs to, so a ciphertext copied to another row or column fails to open.
 */
@Singleton
public class FieldCipher {

    private final KeysetVault vault;
    private volatile Aead aead;

    FieldCipher(KeysetVault vault) {
        this.vault = vault;
    }

    public @Nullable byte[] seal(@Nullable String plaintext, String rowId, String field) {
        if (plaintext == null) {
            return null;
        }
        try {
            return aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(rowId, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed for field " + field, e);
        }
    }

    public @Nullable String open(@Nullable byte[] ciphertext, String rowId, String field) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(aead().decrypt(ciphertext, associatedData(rowId, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored field " + field + " of row " + rowId
                    + " does not open with this key: tampered, moved, or a different key", e);
        }
    }

    private Aead aead() throws GeneralSecurityException {
        Aead current = aead;
        if (current == null) {
            AeadConfig.register();
            current = vault.keyset("field-aead", KeyTemplates.get("AES256_GCM"))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            aead = current;
        }
        return current;
    }

    private static byte[] associatedData(String rowId, String field) {
        return (rowId + "|" + field).getBytes(StandardCharsets.UTF_8);
    }
}
