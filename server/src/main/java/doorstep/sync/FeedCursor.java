package doorstep.sync;

import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The opaque feed position a device hands back: the last sequence it has seen. */
final class FeedCursor {

    private static final String PREFIX = "f1:";

    private FeedCursor() {
    }

    static long decode(@Nullable String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // answered below
        }
        throw ProblemException.invalid("The cursor is not one this server gave out; start again without it.",
                List.of(new Violation("cursor", "is not a cursor from this feed")));
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }
}
