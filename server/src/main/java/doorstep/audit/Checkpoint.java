package doorstep.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement that a tenant's chain had reached entry {@code seq}, whose hash was
 * {@code headHash}, at a time. Kept as one line of text:
 * {@code doorstep-audit-checkpoint/v1 <tenant> <seq> <head hash hex> <time> <signature base64>}.
 */
record Checkpoint(String tenantId, long seq, byte[] headHash, Instant at, byte[] signature) {

    private static final String TAG = "doorstep-audit-checkpoint/v1";

    static Checkpoint unsigned(String tenantId, long seq, byte[] headHash, Instant at) {
        return new Checkpoint(tenantId, seq, headHash, at.truncatedTo(ChronoUnit.MILLIS), new byte[0]);
    }

    Checkpoint signedWith(byte[] signature) {
        return new Checkpoint(tenantId, seq, headHash, at, signature);
    }

    /** What the signature covers. */
    byte[] message() {
        return FramedFields.tagged(TAG).text(tenantId).number(seq).raw(headHash).instant(at).bytes();
    }

    String toLine() {
        return String.join(" ", TAG, tenantId, Long.toString(seq), HexFormat.of().formatHex(headHash), at.toString(),
                Base64.getEncoder().encodeToString(signature));
    }

    /** The checkpoint a line holds; {@link IllegalArgumentException} when it is not one. */
    static Checkpoint parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 6 || !parts[0].equals(TAG)) {
            throw new IllegalArgumentException("not a checkpoint line");
        }
        try {
            return new Checkpoint(parts[1], Long.parseLong(parts[2]), HexFormat.of().parseHex(parts[3]),
                    Instant.parse(parts[4]), Base64.getDecoder().decode(parts[5]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a checkpoint line with an unreadable field", e);
        }
    }
}
