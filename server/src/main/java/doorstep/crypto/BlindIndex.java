package doorstep.crypto;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * A keyed PRF of a normalised value, stored beside its ciphertext, so equal values can be found
 * without the database ever holding the value. Each kind of value has its own domain.
 */
@Singleton
public class BlindIndex {

    private static final int LENGTH = 32;

    private final KeysetVault vault;
    private volatile PrfSet prf;

    BlindIndex(KeysetVault vault) {
        this.vault = vault;
    }

    public byte[] of(String domain, String normalisedValue) {
        try {
            return prf().computePrimary((domain + "|" + normalisedValue).getBytes(StandardCharsets.UTF_8), LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed for domain " + domain, e);
        }
    }

    private PrfSet prf() throws GeneralSecurityException {
        PrfSet current = prf;
        if (current == null) {
            PrfConfig.register();
            current = vault.keyset("blind-index-prf", KeyTemplates.get("HMAC_SHA256_PRF"))
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            prf = current;
        }
        return current;
    }
}
