package doorstep.device.crypto;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.UUID;

/**
 * Seals a capture with HPKE to the tenant's intake public key, bound to its submission and device.
 * Sealing is one-way: once sealed, only the server can open the payload.
 */
public final class SubmissionSealer {

    private final HybridEncrypt hpke;

    private SubmissionSealer(HybridEncrypt hpke) {
        this.hpke = hpke;
    }

    /** @param publicKeysetJson {@code IntakeKey.publicKeyset} from enrolment: a Tink JSON keyset without secrets. */
    public static SubmissionSealer forIntakeKey(String publicKeysetJson) throws GeneralSecurityException {
        HybridConfig.register();
        AeadConfig.register();
        KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicKeysetJson);
        return new SubmissionSealer(keyset.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class));
    }

    public byte[] seal(byte[] plaintext, UUID submissionId, UUID deviceId) {
        try {
            return hpke.encrypt(plaintext, contextInfo(submissionId, deviceId));
        } catch (GeneralSecurityException e) {
            // HPKE encryption to a parsed public key only fails on a broken provider: a bug.
            throw new IllegalStateException("Sealing failed for submission " + submissionId, e);
        }
    }

    /** The server opens with exactly these bytes, so a payload replayed under another id fails. */
    static byte[] contextInfo(UUID submissionId, UUID deviceId) {
        String context = "doorstep-intake-v1|" + submissionId + "|" + deviceId;
        return context.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }
}
