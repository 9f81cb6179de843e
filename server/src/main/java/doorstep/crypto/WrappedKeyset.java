package doorstep.crypto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A keyset encrypted under the master key, with the keyset name as associated data. */
@MappedEntity("wrapped_keyset")
record WrappedKeyset(@Id String name, byte[] keysetCiphertext, @Nullable String publicKeyset, Instant createdAt) {
}
