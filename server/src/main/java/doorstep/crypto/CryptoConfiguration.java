package doorstep.crypto;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * @param masterKeyFile            a Tink JSON AEAD keyset that wraps every other keyset
 * @param createMasterKeyIfMissing development only: make that file on first start
 */
@ConfigurationProperties("doorstep.crypto")
public record CryptoConfiguration(@Nullable String masterKeyFile, boolean createMasterKeyIfMissing) {
}
