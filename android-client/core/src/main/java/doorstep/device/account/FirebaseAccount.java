package doorstep.device.account;

import doorstep.device.sync.TokenSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The officer's Firebase account on this device: signs in once with email and password, then keeps a
 * current ID token by refreshing quietly shortly before it expires. Blocking: call it off the main thread.
 */
public final class FirebaseAccount implements TokenSource {

    /** Refreshed this long before expiry, so a token never runs out in the middle of a sync run. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final PasswordSignIn signIn;
    private final RefreshTokenSlot refreshTokens;
    private final Clock clock;
    private Session session;

    public FirebaseAccount(PasswordSignIn signIn, RefreshTokenSlot refreshTokens, Clock clock) {
        this.signIn = signIn;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public synchronized Session signIn(String email, String password) throws SignInProblem {
        return keep(signIn.signIn(email, password));
    }

    public synchronized boolean isSignedIn() {
        return session != null || refreshTokens.read().isPresent();
    }

    /** A current ID token, refreshed first if it is near expiry. */
    public synchronized String currentIdToken() throws SignInProblem {
        if (session == null || session.expiresWithin(REFRESH_MARGIN, clock.instant())) {
            Optional<String> refreshToken = session != null ? Optional.of(session.refreshToken()) : refreshTokens.read();
            if (refreshToken.isEmpty()) {
                throw new SignInProblem(SignInFailure.SIGNED_OUT);
            }
            try {
                keep(signIn.refresh(refreshToken.get()));
            } catch (SignInProblem problem) {
                if (problem.failure() == SignInFailure.SIGNED_OUT || problem.failure() == SignInFailure.ACCOUNT_DISABLED) {
                    signOut();
                }
                throw problem;
            }
        }
        return session.idToken();
    }

    public synchronized Optional<String> userId() {
        return Optional.ofNullable(session).map(Session::userId);
    }

    public synchronized void signOut() {
        session = null;
        refreshTokens.clear();
    }

    /** For the sync engine: null when nobody is signed in, IOException when the token cannot be had now. */
    @Override
    public String idToken() throws IOException {
        try {
            return currentIdToken();
        } catch (SignInProblem problem) {
            if (problem.failure() == SignInFailure.SIGNED_OUT || problem.failure() == SignInFailure.ACCOUNT_DISABLED) {
                return null;
            }
            throw new IOException("No ID token just now: " + problem.failure(), problem);
        }
    }

    private Session keep(Session fresh) {
        session = fresh;
        refreshTokens.write(fresh.refreshToken());
        return fresh;
    }
}
