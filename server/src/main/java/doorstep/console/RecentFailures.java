package doorstep.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (one account, or one client address) in a sliding window: at most {@code limit}
 * per key, for at most {@code capacity} keys at once. Not thread-safe: {@link SignInAttempts} holds the lock.
 */
final class RecentFailures {

    private static final Logger LOG = LoggerFactory.getLogger(RecentFailures.class);

    private final String kind;
    private final int limit;
    private final Duration window;
    private final int capacity;
    private final Map<Key, Times> byKey = new HashMap<>();
    /** No remembered failure leaves the window before this, so a full map is not swept again sooner. */
    private Instant nextExpiry = Instant.MIN;
    private boolean fullAnnounced;

    /** @param kind what a key stands for, in the log ("account", "address") */
    RecentFailures(String kind, int limit, Duration window, int capacity) {
        this.kind = kind;
        this.limit = limit;
        this.window = window;
        this.capacity = capacity;
    }

    /** How long until the key may be tried again, or empty when it may now. */
    Optional<Duration> heldBack(Key key, Instant now) {
        Times times = byKey.get(key);
        if (times == null) {
            return Optional.empty();
        }
        int left = times.dropUpTo(now.minus(window));
        if (left == 0) {
            byKey.remove(key);
        }
        if (left < limit) {
            times.announced = false;
            return Optional.empty();
        }
        if (!times.announced) {
            times.announced = true;
            LOG.info("Console sign-in: an {} reached {} failed sign-ins within {}; its sign-ins are held back"
                    + " without asking Firebase until the oldest is older than that", kind, limit, window);
        }
        return Optional.of(Duration.between(now, times.oldest().plus(window)));
    }

    /**
     * Whether a failure of the key can be remembered: not when the key is new and {@code capacity} keys have
     * failures in the window. Refusing to grow keeps memory bounded against a client sending random emails.
     */
    boolean hasRoomFor(Key key, Instant now) {
        if (byKey.size() < capacity || byKey.containsKey(key)) {
            fullAnnounced = false;
            return true;
        }
        if (!now.isBefore(nextExpiry)) {
            dropAllUpTo(now.minus(window));
        }
        if (byKey.size() < capacity) {
            return true;
        }
        if (!fullAnnounced) {
            fullAnnounced = true;
            LOG.warn("Console sign-in: all {} places for an {} with failed sign-ins within {} are taken; sign-ins of"
                    + " any other {} are held back until the oldest failure is older than that", capacity, kind, window, kind);
        }
        return false;
    }

    /** How long until {@link #hasRoomFor} lets a new key in, when it did not. */
    Duration untilRoom(Instant now) {
        return Duration.between(now, nextExpiry);
    }

    void add(Key key, Instant at) {
        byKey.computeIfAbsent(key, k -> new Times(limit)).add(at.toEpochMilli());
    }

    /** Forgets one failure added at that instant (an attempt that turned out not to be a failure). */
    void remove(Key key, Instant at) {
        Times times = byKey.get(key);
        if (times != null && times.remove(at.toEpochMilli()) == 0) {
            byKey.remove(key);
        }
    }

    void clear(Key key) {
        byKey.remove(key);
    }

    private void dropAllUpTo(Instant oldest) {
        Instant next = Instant.MAX;
        for (Iterator<Times> all = byKey.values().iterator(); all.hasNext(); ) {
            Times times = all.next();
            if (times.dropUpTo(oldest) == 0) {
                all.remove();
            } else if (times.oldest().plus(window).isBefore(next)) {
                next = times.oldest().plus(window);
            }
        }
        nextExpiry = next;
    }

    /**
     * A key: the first 128 bits of the SHA-256 of what it stands for, so an email of any length costs the same
     * few bytes and no email stays in memory.
     */
    record Key(long high, long low) {

        static Key of(String value) {
            return of(value.getBytes(StandardCharsets.UTF_8));
        }

        static Key of(byte[] value) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(value);
                long high = 0;
                long low = 0;
                for (int i = 0; i < 8; i++) {
                    high = high << 8 | (digest[i] & 0xff);
                    low = low << 8 | (digest[i + 8] & 0xff);
                }
                return new Key(high, low);
            } catch (NoSuchAlgorithmException everyJavaHasIt) {
                throw new IllegalStateException(everyJavaHasIt);
            }
        }
    }

    /**
     * The instants (epoch milliseconds) of one key's failures, at most {@code limit} of them; room for more
     * is made only when needed, as most keys (a mistyped password) have one or two.
     */
    private static final class Times {

        private final int limit;
        private long[] millis = new long[2];
        private int size;
        private boolean announced;

        Times(int limit) {
            this.limit = limit;
        }

        void add(long at) {
            if (size == limit) {
                throw new IllegalStateException("a key already held back was counted again: check heldBack first");
            }
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, Math.min(limit, size * 2));
            }
            millis[size++] = at;
        }

        int remove(long at) {
            for (int i = 0; i < size; i++) {
                if (millis[i] == at) {
                    millis[i] = millis[--size];
                    break;
                }
            }
            return size;
        }

        /** Drops the failures at or before {@code oldest}; the number left. */
        int dropUpTo(Instant oldest) {
            long cutoff = oldest.toEpochMilli();
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (millis[i] > cutoff) {
                    millis[kept++] = millis[i];
                }
            }
            size = kept;
            return size;
        }

        Instant oldest() {
            return Instant.ofEpochMilli(Arrays.stream(millis, 0, size).min().orElseThrow());
        }
    }
}
