package doorstep.operations;

import doorstep.OwnerOnlyFile;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The operator's bearer token, read once at start (so a missing file stops a production start, and a
 * development run has its file before anyone asks); only a digest of it stays in memory.
 */
@Context
class OperatorToken {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorToken.class);

    @Nullable
    private final byte[] digest;

    OperatorToken(OperationsConfiguration configuration) {
        this.digest = configuration.tokenFile() == null || configuration.tokenFile().isBlank()
                ? null : digest(read(configuration));
        if (digest == null) {
            LOG.info("No operator token file (doorstep.operations.token-file): health shows status only, metrics are closed");
        }
    }

    /** True when the presented token is the operator's, compared in constant time. */
    boolean isPresentedAs(String presented) {
        return digest != null && MessageDigest.isEqual(digest, digest(presented));
    }

    private static String read(OperationsConfiguration configuration) {
        OwnerOnlyFile file = new OwnerOnlyFile(Path.of(configuration.tokenFile()));
        try {
            if (configuration.createTokenIfMissing()) {
                return file.readOrCreate();
            }
            if (Files.notExists(file.path())) {
                throw new IllegalStateException("The operator token file " + file.path() + " does not exist; "
                        + "put a long random token in it, or unset doorstep.operations.token-file");
            }
            return requireLong(file.read(), file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the operator token file " + file.path(), e);
        }
    }

    private static String requireLong(String token, Path file) {
        if (token.length() < 24) {
            throw new IllegalStateException("The operator token in " + file + " is shorter than 24 characters; "
                    + "use a long random one, e.g. from 'openssl rand -base64 32'");
        }
        return token;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
