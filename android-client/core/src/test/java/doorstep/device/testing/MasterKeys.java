package doorstep.device.testing;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import doorstep.device.crypto.KeyWrapper;
import java.security.GeneralSecurityException;

/** Stands in for the phone's keystore key in tests. */
public final class MasterKeys {

    private MasterKeys() {
    }

    public static KeyWrapper fresh() throws GeneralSecurityException {
        AeadConfig.register();
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        return KeyWrapper.of(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
    }
}
