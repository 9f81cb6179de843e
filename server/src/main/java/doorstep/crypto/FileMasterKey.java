package doorstep.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/** A master key held in a local Tink keyset file: development and single-site deployments. */
@Singleton
@Requires(property = "doorstep.crypto.master-key-file")
class FileMasterKey implements MasterKey {

    private final Aead aead;

    FileMasterKey(CryptoConfiguration configuration) {
        Path file = Path.of(configuration.masterKeyFile());
        try {
            AeadConfig.register();
            if (!Files.exists(file)) {
                if (!configuration.createMasterKeyIfMissing()) {
                    throw new IllegalStateException("The master key file " + file.toAbsolutePath()
                            + " does not exist; restore it from your key backup (without it no stored data can be read)");
                }
                create(file);
            }
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the master key file " + file.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " is not a Tink AEAD keyset", e);
        }
    }

    @Override
    public Aead aead() {
        return aead;
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeysetHandle keyset = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the folder's own permissions have to do.
        }
    }
}
