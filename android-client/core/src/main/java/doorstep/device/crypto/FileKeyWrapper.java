package doorstep.device.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The simulator's and tests' stand-in for the Android Keystore: a master key in a plain file.
 * It protects nothing on a real phone, which is why the app never uses it.
 */
public final class FileKeyWrapper implements KeyWrapper {

    private final KeyWrapper delegate;

    private FileKeyWrapper(Aead masterKey) {
        this.delegate = KeyWrapper.of(masterKey);
    }

    /** Opens the master key in {@code file}, creating it on first use. */
    public static FileKeyWrapper openOrCreate(Path file) throws GeneralSecurityException {
        AeadConfig.register();
        try {
            KeysetHandle handle;
            if (Files.exists(file)) {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            } else {
                handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
                Files.writeString(file, json, StandardCharsets.UTF_8);
            }
            return new FileKeyWrapper(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file
                    + "; check the directory exists and is writable", e);
        }
    }

    @Override
    public byte[] wrap(byte[] keyset, byte[] context) throws GeneralSecurityException {
        return delegate.wrap(keyset, context);
    }

    @Override
    public byte[] unwrap(byte[] wrapped, byte[] context) throws GeneralSecurityException {
        return delegate.unwrap(wrapped, context);
    }
}
