package doorstep.device.lock;

import doorstep.device.crypto.LocalVault;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The 6-digit app PIN. Kept as a salted PBKDF2-HMAC-SHA256 hash, and that hash only inside the local
 * vault: a copied database gives nothing to guess against without the phone's Keystore key, and on
 * the phone five wrong tries end it all. The count of wrong tries is kept with it, so killing the app
 * does not reset it.
 */
public final class AppPin {

    public static final int MAX_TRIES = 5;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final String RECORD_ID = "app-pin";

    private final OutboxStore store;
    private final LocalVault vault;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** @param iterations PBKDF2 rounds: about 0.1 to 0.3 s on a mid-range phone at 100,000 */
    public AppPin(OutboxStore store, LocalVault vault, int iterations) {
        this.store = store;
        this.vault = vault;
        this.iterations = iterations;
    }

    public static boolean isWellFormed(String pin) {
        return SIX_DIGITS.matcher(pin).matches();
    }

    public boolean isSet() {
        return read().isPresent();
    }

    public void set(String pin) {
        if (!isWellFormed(pin)) {
            throw new IllegalArgumentException("A PIN is exactly 6 digits; check it with isWellFormed first");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        write(new Record(salt, iterations, hash(pin, salt, iterations), 0));
    }

    /** Checks a try, counting it when wrong. */
    public Attempt check(String pin) {
        Record kept = read().orElseThrow(() -> new IllegalStateException("No PIN is set; set one first"));
        if (kept.wrongTries >= MAX_TRIES) {
            return Attempt.NO_TRIES_LEFT;
        }
        if (MessageDigest.isEqual(kept.hash, hash(pin, kept.salt, kept.iterations))) {
            write(new Record(kept.salt, kept.iterations, kept.hash, 0));
            return Attempt.RIGHT;
        }
        int wrong = kept.wrongTries + 1;
        write(new Record(kept.salt, kept.iterations, kept.hash, wrong));
        return wrong >= MAX_TRIES ? Attempt.NO_TRIES_LEFT : Attempt.wrong(MAX_TRIES - wrong);
    }

    public int triesLeft() {
        return read().map(kept -> MAX_TRIES - kept.wrongTries).orElse(MAX_TRIES);
    }

    private Optional<Record> read() {
        Optional<byte[]> sealed = store.setting(DeviceSetting.APP_PIN).filter(bytes -> bytes.length > 0);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Record.parse(vault.decrypt(sealed.get(), RECORD_ID)));
        } catch (UnreadableRecordProblem e) {
            // The PIN no longer opens (the key was replaced): counted as used up, so the app wipes and starts over.
            return Optional.of(new Record(new byte[16], 1, new byte[32], MAX_TRIES));
        }
    }

    private void write(Record record) {
        store.putSetting(DeviceSetting.APP_PIN, vault.encrypt(record.bytes(), RECORD_ID));
    }

    private static byte[] hash(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        }
    }

    private record Record(byte[] salt, int iterations, byte[] hash, int wrongTries) {

        byte[] bytes() {
            return ByteBuffer.allocate(4 + 4 + 4 + salt.length + hash.length)
                    .putInt(iterations).putInt(wrongTries).putInt(salt.length).put(salt).put(hash).array();
        }

        static Record parse(byte[] bytes) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            int iterations = in.getInt();
            int wrongTries = in.getInt();
            byte[] salt = new byte[in.getInt()];
            in.get(salt);
            byte[] hash = new byte[in.remaining()];
            in.get(hash);
            return new Record(salt, iterations, hash, wrongTries);
        }
    }

    /** The outcome of one try. */
    public record Attempt(boolean right, int triesLeft) {

        public static final Attempt RIGHT = new Attempt(true, MAX_TRIES);
        public static final Attempt NO_TRIES_LEFT = new Attempt(false, 0);

        static Attempt wrong(int triesLeft) {
            return new Attempt(false, triesLeft);
        }

        /** Wrong, and the next wrong try signs out and wipes the phone: say so before it is made. */
        public boolean isLastTryNext() {
            return !right && triesLeft == 1;
        }

        public boolean mustWipe() {
            return !right && triesLeft == 0;
        }
    }
}
