package doorstep.crypto;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Each tenant's HPKE intake key: devices seal captures to its public half; only this server can
 * open them, and only for the submission and device they were sealed for.
 */
@Singleton
public class IntakeKeys {

    private static final String TEMPLATE = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";

    private final KeysetVault vault;

    IntakeKeys(KeysetVault vault) throws GeneralSecurityException {
        HybridConfig.register();
        this.vault = vault;
    }

    public IntakePublicKey publicKeyFor(String tenantId) {
        KeysetHandle keyset = keysetFor(tenantId);
        try {
            return new IntakePublicKey(keyIdOf(tenantId, keyset),
                    TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The intake key of tenant " + tenantId + " has no public half", e);
        }
    }

    /** Opens a sealed payload, or refuses if it was sealed to another key, submission or device. */
    public byte[] open(String tenantId, byte[] sealed, UUID submissionId, UUID deviceId) throws UnopenablePayload {
        try {
            return keysetFor(tenantId).getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class)
                    .decrypt(sealed, contextInfo(submissionId, deviceId));
        } catch (GeneralSecurityException e) {
            throw new UnopenablePayload();
        }
    }

    /** What the device binds into every seal; the device core uses exactly the same string. */
    public static byte[] contextInfo(UUID submissionId, UUID deviceId) {
        return ("doorstep-intake-v1|" + submissionId + "|" + deviceId).getBytes(StandardCharsets.UTF_8);
    }

    private KeysetHandle keysetFor(String tenantId) {
        try {
            return vault.keyset("intake-hpke|" + tenantId, KeyTemplates.get(TEMPLATE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink has no template " + TEMPLATE, e);
        }
    }

    private static String keyIdOf(String tenantId, KeysetHandle keyset) {
        return tenantId + "/" + Integer.toUnsignedString(keyset.getKeysetInfo().getPrimaryKeyId());
    }

    /** The payload did not open: sealed to another key, for another submission or device, or damaged. */
    public static final class UnopenablePayload extends Exception {
        UnopenablePayload() {
            super("sealed payload did not open", null, false, false);
        }
    }
}
