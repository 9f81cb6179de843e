package doorstep.device.account;

import java.util.Optional;

/** Where the refresh token waits between runs: encrypted on the phone, in memory for the simulator. */
public interface RefreshTokenSlot {

    Optional<String> read();

    void write(String refreshToken);

    void clear();

    static RefreshTokenSlot inMemory() {
        return new RefreshTokenSlot() {
            private String kept;

            @Override
            public synchronized Optional<String> read() {
                return Optional.ofNullable(kept);
            }

            @Override
            public synchronized void write(String refreshToken) {
                kept = refreshToken;
            }

            @Override
            public synchronized void clear() {
                kept = null;
            }
        };
    }
}
