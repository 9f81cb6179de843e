package doorstep.device.testing;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import doorstep.device.crypto.SubmissionSealer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/** The server's side of the intake key, made fresh for a test. */
public final class IntakeKeyPair {

    private final KeysetHandle privateKeyset;

    private IntakeKeyPair(KeysetHandle privateKeyset) {
        this.privateKeyset = privateKeyset;
    }

    public static IntakeKeyPair generate() throws GeneralSecurityException {
        HybridConfig.register();
        AeadConfig.register();
        return new IntakeKeyPair(KeysetHandle.generateNew(
                KeyTemplates.get("DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM")));
    }

    public String publicKeysetJson() throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(privateKeyset.getPublicKeysetHandle());
    }

    public SubmissionSealer sealer() throws GeneralSecurityException {
        return SubmissionSealer.forIntakeKey(publicKeysetJson());
    }

    /** Opens a payload the way the server does, with the context spelled out here on purpose. */
    public byte[] open(byte[] sealed, UUID submissionId, UUID deviceId) throws GeneralSecurityException {
        byte[] context = ("doorstep-intake-v1|" + submissionId + "|" + deviceId).getBytes(StandardCharsets.UTF_8);
        return privateKeyset.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class).decrypt(sealed, context);
    }
}
