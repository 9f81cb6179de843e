package doorstep.identity;

import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import com.google.firebase.auth.SessionCookieOptions;
import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Firebase Admin session cookies for the server-rendered console: made from a verified ID token of a
 * user of a registered tenant, checked on every page (signature, expiry, revocation, and in emulator
 * mode the claims against the stored ones), ended by revoking the user's refresh tokens.
 */
@Singleton
public class SessionCookies {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCookies.class);

    private final FirebaseAuth auth;
    private final TokenVerifier tokens;
    private final EmulatorClaimCheck emulatorClaims;
    private final TenantDirectory tenants;

    SessionCookies(FirebaseAuth auth, TokenVerifier tokens, EmulatorClaimCheck emulatorClaims, TenantDirectory tenants) {
        this.auth = auth;
        this.tokens = tokens;
        this.emulatorClaims = emulatorClaims;
        this.tenants = tenants;
    }

    /** A session cookie value for the user the ID token names; refuses (401/403) as the API would. */
    public String create(String idToken, Duration lifetime) {
        Caller caller = tokens.verify(idToken);
        requireTenant(caller);
        try {
            return auth.createSessionCookie(idToken, SessionCookieOptions.builder()
                    .setExpiresIn(lifetime.toMillis()).build());
        } catch (FirebaseAuthException e) {
            LOG.info("Session cookie not made: {}", e.getAuthErrorCode());
            throw ProblemException.unauthorized("Your sign-in could not be turned into a session; sign in again.");
        }
    }

    /** The signed-in user behind a session cookie; 401 when it is invalid, expired or revoked. */
    public Caller verify(String sessionCookie) {
        FirebaseToken token;
        try {
            token = auth.verifySessionCookie(sessionCookie, true);
        } catch (FirebaseAuthException e) {
            // The error code only: the cookie is a credential and never logged.
            LOG.info("Session cookie refused: {}", e.getAuthErrorCode());
            throw ProblemException.unauthorized("Your session has ended; sign in again.");
        } catch (IllegalArgumentException e) {
            throw ProblemException.unauthorized("Your session is not valid; sign in again.");
        }
        emulatorClaims.requireStoredClaims(token);
        Caller caller = TokenVerifier.callerOf(token);
        requireTenant(caller);
        return caller;
    }

    /** Ends every session and refresh token of the user, on this and any other browser. */
    public void revoke(String uid) {
        try {
            waitForTheNextSecond();
            auth.revokeRefreshTokens(uid);
        } catch (FirebaseAuthException e) {
            throw new IllegalStateException("Could not revoke the sessions of user " + uid + ": " + e.getAuthErrorCode(), e);
        }
    }

    /**
     * Firebase records a revocation to the whole second and lets a session issued in that very second
     * stand: one made just before a sign-out (perhaps by someone else with the password) would outlive
     * it by hours. Revoking in the next second ends every session made before this call.
     */
    private static void waitForTheNextSecond() {
        try {
            Thread.sleep(1000 - System.currentTimeMillis() % 1000 + 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while revoking sessions", e);
        }
    }

    private void requireTenant(Caller caller) {
        if (!tenants.exists(caller.tenantId())) {
            throw ProblemException.forbidden("Your organisation is not set up on Doorstep yet.");
        }
    }
}
