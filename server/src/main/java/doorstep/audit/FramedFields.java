package doorstep.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The bytes that get hashed or signed: a domain tag, then every field as a 4-byte big-endian
 * length and its bytes, so no two different lists of fields ever give the same bytes
 * ("ab","c" and "a","bc" differ) and an entry hash can never pass for a checkpoint message.
 */
final class FramedFields {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private FramedFields(String domain) {
        text(domain);
    }

    static FramedFields tagged(String domain) {
        return new FramedFields(domain);
    }

    FramedFields text(String value) {
        return raw(value.getBytes(StandardCharsets.UTF_8));
    }

    FramedFields number(long value) {
        return raw(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    /** An instant to the microsecond, which is what the database keeps. */
    FramedFields instant(Instant value) {
        return number(ChronoUnit.MICROS.between(Instant.EPOCH, value));
    }

    FramedFields raw(byte[] value) {
        bytes.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        bytes.writeBytes(value);
        return this;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java 17 runtime has SHA-256", e);
        }
    }
}
