package doorstep.crypto;

import com.google.crypto.tink.KeyTemplate;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Creates each named keyset once, stores it wrapped by the master key, and caches it in memory. */
@Singleton
class KeysetVault {

    private final WrappedKeysetRepository repository;
    private final MasterKey masterKey;
    private final Clock clock;
    private final Map<String, KeysetHandle> cache = new ConcurrentHashMap<>();

    KeysetVault(WrappedKeysetRepository repository, MasterKey masterKey, Clock clock) {
        this.repository = repository;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    KeysetHandle keyset(String name, KeyTemplate template) {
        return cache.computeIfAbsent(name, n -> loadOrCreate(n, template));
    }

    private KeysetHandle loadOrCreate(String name, KeyTemplate template) {
        try {
            var stored = repository.findById(name);
            if (stored.isPresent()) {
                return unwrap(stored.get());
            }
            KeysetHandle created = KeysetHandle.generateNew(template);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(created, masterKey.aead(), associatedData(name));
            try {
                repository.save(new WrappedKeyset(name, wrapped, publicPartOf(created), clock.instant()));
                return created;
            } catch (DataAccessException anotherServerCreatedItFirst) {
                return unwrap(repository.findById(name).orElseThrow(() -> anotherServerCreatedItFirst));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Keyset " + name + " could not be unwrapped or created; "
                    + "is this the master key the database was set up with?", e);
        }
    }

    private KeysetHandle unwrap(WrappedKeyset stored) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(stored.keysetCiphertext(), masterKey.aead(),
                associatedData(stored.name()));
    }

    private static String publicPartOf(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle());
        } catch (GeneralSecurityException symmetricKeysetHasNoPublicPart) {
            return null;
        }
    }

    private static byte[] associatedData(String name) {
        return ("doorstep-keyset|" + name).getBytes(StandardCharsets.UTF_8);
    }
}
