package doorstep.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Where audit checkpoints go and how often.
 *
 * @param keyFile            the Tink Ed25519 keyset that signs them; never in the database
 * @param dir                the folder each tenant's checkpoint file is appended to; outside the database
 * @param interval           how often each tenant's head is signed when it has moved (also at shutdown)
 * @param createKeyIfMissing development only: make the key file on first start
 */
@ConfigurationProperties("doorstep.audit.checkpoint")
record CheckpointConfiguration(@Nullable String keyFile, @Nullable String dir,
                               @Bindable(defaultValue = "5m") Duration interval, boolean createKeyIfMissing) {
}
