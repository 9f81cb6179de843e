package doorstep.device.account;

import java.time.Instant;

/**
 * A signed-in officer's tokens. The ID token goes to Doorstep's server; the refresh token gets a new
 * one and is kept only encrypted. {@link #toString()} names neither.
 */
public record Session(String userId, String idToken, String refreshToken, Instant expiresAt) {

    boolean expiresWithin(java.time.Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Session[user=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
