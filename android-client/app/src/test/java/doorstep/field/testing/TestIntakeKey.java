package doorstep.field.testing;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import doorstep.device.crypto.SubmissionSealer;
import doorstep.field.capture.Sealing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/** A tenant's intake key made for a test, installed as the phone's sealing, and opened as the server opens. */
public final class TestIntakeKey implements Sealing {

    private final KeysetHandle privateKeyset;
    private final SubmissionSealer sealer;
    private final UUID deviceId = UUID.randomUUID();

    private TestIntakeKey() throws GeneralSecurityException {
        HybridConfig.register();
        AeadConfig.register();
        privateKeyset = KeysetHandle.generateNew(KeyTemplates.get("DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM"));
        sealer = SubmissionSealer.forIntakeKey(
                TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(privateKeyset.getPublicKeysetHandle()));
    }

    public static TestIntakeKey installed() throws GeneralSecurityException {
        TestIntakeKey key = new TestIntakeKey();
        TestFieldApp.get().useSealing(key);
        return key;
    }

    @Override
    public SubmissionSealer sealer() {
        return sealer;
    }

    @Override
    public UUID deviceId() {
        return deviceId;
    }

    public String open(byte[] sealed, UUID submissionId) throws GeneralSecurityException {
        byte[] context = ("doorstep-intake-v1|" + submissionId + "|" + deviceId).getBytes(StandardCharsets.UTF_8);
        return new String(privateKeyset.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class)
                .decrypt(sealed, context), StandardCharsets.UTF_8);
    }
}
