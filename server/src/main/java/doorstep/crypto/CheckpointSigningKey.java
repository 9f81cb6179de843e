package doorstep.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;
import doorstep.OwnerOnlyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The Ed25519 key that signs audit checkpoints, kept in a Tink keyset file outside the database,
 * so that someone who can rewrite the database cannot sign a checkpoint for what they wrote.
 */
public final class CheckpointSigningKey {

    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;

    private CheckpointSigningKey(KeysetHandle keyset) throws GeneralSecurityException {
        this.signer = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verifier = keyset.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
    }

    /**
     * The key in {@code file}; with {@code createIfMissing} (development) a new one is written
     * there first, readable by its owner alone. Without it a missing file stops the caller.
     */
    public static CheckpointSigningKey load(Path file, boolean createIfMissing) {
        try {
            SignatureConfig.register();
            if (Files.notExists(file)) {
                if (!createIfMissing) {
                    throw new IllegalStateException("The audit checkpoint key file " + file.toAbsolutePath()
                            + " does not exist: restore it from your key backup, or set doorstep.audit.checkpoint.key-file"
                            + " (DOORSTEP_AUDIT_CHECKPOINT_KEY_FILE) to where it is kept");
                }
                KeysetHandle created = KeysetHandle.generateNew(KeyTemplates.get("ED25519"));
                new OwnerOnlyFile(file).write(TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
            }
            return new CheckpointSigningKey(TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file),
                    InsecureSecretKeyAccess.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the audit checkpoint key file " + file.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit checkpoint key file " + file.toAbsolutePath()
                    + " is not a Tink signature keyset", e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            return signer.sign(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing an audit checkpoint failed", e);
        }
    }

    public boolean verifies(byte[] message, byte[] signature) {
        try {
            verifier.verify(signature, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
