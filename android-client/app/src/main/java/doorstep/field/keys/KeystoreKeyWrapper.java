package doorstep.field.keys;

import android.content.Context;
import android.content.pm.PackageManager;
import android.os.Build;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import com.google.crypto.tink.integration.android.AndroidKeystoreAesGcm;
import doorstep.device.crypto.KeyWrapper;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.ProviderException;
import javax.crypto.KeyGenerator;

/**
 * The local keyset's wrapping key: AES-256-GCM made inside the Android Keystore (StrongBox where the
 * phone has it, else the TEE) and never readable by the app. Opened through the framework's
 * KeyStore rather than tink's AndroidKeysetManager, which falls back to a cleartext key when the
 * Keystore is missing; here a missing Keystore is an error the app must refuse on.
 */
public final class KeystoreKeyWrapper {

    static final String PROVIDER = "AndroidKeyStore";
    static final String ALIAS = "doorstep-local-keyset-wrapper";

    private KeystoreKeyWrapper() {
    }

    /** The wrapper over the Keystore key, made on first use. */
    public static KeyWrapper open(Context context) throws KeystoreMissingProblem {
        try {
            KeyStore keyStore = KeyStore.getInstance(PROVIDER);
            keyStore.load(null);
            if (!keyStore.containsAlias(ALIAS)) {
                generate(context.getPackageManager());
            }
            return KeyWrapper.of(new AndroidKeystoreAesGcm(ALIAS));
        } catch (GeneralSecurityException | IOException | ProviderException e) {
            throw new KeystoreMissingProblem(e);
        }
    }

    private static void generate(PackageManager packages) throws GeneralSecurityException {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P
                && packages.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)) {
            try {
                generate(spec(true));
                return;
            } catch (ProviderException strongBoxUnavailable) {
                // StrongBoxUnavailableException: the chip is busy or lacks AES-256; the TEE still keeps it.
            }
        }
        generate(spec(false));
    }

    private static void generate(KeyGenParameterSpec spec) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER);
        generator.init(spec);
        generator.generateKey();
    }

    private static KeyGenParameterSpec spec(boolean strongBox) {
        KeyGenParameterSpec.Builder builder = new KeyGenParameterSpec.Builder(ALIAS,
                KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setKeySize(256)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE);
        if (strongBox) {
            builder.setIsStrongBoxBacked(true);
        }
        return builder.build();
    }
}
