package doorstep.identity;

import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Auth emulator signs no tokens, so anyone can edit the claims of one it issued. In emulator
 * mode a token's tenant, agency and roles must be those the emulator stores for the user, read
 * through the Admin SDK and kept a few seconds (the SDK already asks once per request for revocation).
 */
@Singleton
class EmulatorClaimCheck {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorClaimCheck.class);
    private static final List<String> CHECKED = List.of("tenant", "agency", "roles");
    private static final long KEPT_NANOS = Duration.ofSeconds(10).toNanos();

    private record Stored(Map<String, Object> claims, long readAt) {
    }

    private final FirebaseAuth auth;
    private final boolean emulatorMode;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();

    EmulatorClaimCheck(FirebaseAuth auth, IdentityConfiguration configuration) {
        this.auth = auth;
        this.emulatorMode = FirebaseFactory.emulatorHost(configuration) != null;
    }

    /** Refuses a token whose claims differ from the user's stored ones; does nothing outside emulator mode. */
    void requireStoredClaims(FirebaseToken token) {
        if (!emulatorMode) {
            return;
        }
        Map<String, Object> claims = storedClaims(token.getUid());
        for (String claim : CHECKED) {
            if (!Objects.equals(token.getClaims().get(claim), claims.get(claim))) {
                LOG.info("ID token refused: its {} claim differs from the user's stored claims", claim);
                throw ProblemException.unauthorized("Your sign-in does not match your account's current "
                        + "organisation, agency or roles; sign in again.");
            }
        }
    }

    private Map<String, Object> storedClaims(String uid) {
        long now = System.nanoTime();
        Stored kept = stored.get(uid);
        if (kept != null && now - kept.readAt() < KEPT_NANOS) {
            return kept.claims();
        }
        try {
            Map<String, Object> claims = auth.getUser(uid).getCustomClaims();
            stored.put(uid, new Stored(claims, now));
            return claims;
        } catch (FirebaseAuthException e) {
            LOG.info("ID token refused: the user could not be looked up ({})", e.getAuthErrorCode());
            throw ProblemException.unauthorized("Your account could not be found; sign in again.");
        }
    }
}
