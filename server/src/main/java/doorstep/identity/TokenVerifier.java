package doorstep.identity;

import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Verifies a Firebase ID token (signature, expiry, audience, revocation; in emulator mode its claims against the stored ones) and reads its claims. */
@Singleton
class TokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(TokenVerifier.class);

    private final FirebaseAuth auth;
    private final EmulatorClaimCheck emulatorClaims;

    TokenVerifier(FirebaseAuth auth, EmulatorClaimCheck emulatorClaims) {
        this.auth = auth;
        this.emulatorClaims = emulatorClaims;
    }

    Caller verify(String idToken) {
        FirebaseToken token;
        try {
            token = auth.verifyIdToken(idToken, true);
        } catch (FirebaseAuthException e) {
            // The error code only: the token itself is a credential and never logged.
            LOG.info("ID token refused: {}", e.getAuthErrorCode());
            throw ProblemException.unauthorized(reasonFor(e));
        } catch (IllegalArgumentException e) {
            throw ProblemException.unauthorized("The ID token is malformed; sign in again.");
        }
        emulatorClaims.requireStoredClaims(token);
        return callerOf(token);
    }

    static Caller callerOf(FirebaseToken token) {
        Object tenant = token.getClaims().get("tenant");
        Object agency = token.getClaims().get("agency");
        if (!(tenant instanceof String tenantId) || tenantId.isBlank()
                || !(agency instanceof String agencyName) || agencyName.isBlank()) {
            throw ProblemException.forbidden("Your account has no organisation or agency set up yet; "
                    + "ask your administrator to finish setting it up.");
        }
        if (!Tenant.isCanonical(tenantId)) {
            // Ids compare exactly; "DEMO-LA" or "demo-la " is not demo-la, and is refused rather than mended.
            throw new ProblemException(Problem.of("tenant-claim-not-canonical", "Your organisation id is not valid", 403,
                    "The organisation id on your account must be lower-case letters, digits and hyphens only, "
                            + "with no spaces; ask your administrator to correct it."));
        }
        return new Caller(token.getUid(), tenantId, agencyName, rolesOf(token.getClaims().get("roles")));
    }

    private static Set<Role> rolesOf(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> Role.fromClaim(String.valueOf(v)).ifPresent(roles::add));
        }
        return roles;
    }

    private static String reasonFor(FirebaseAuthException e) {
        if (e.getAuthErrorCode() == null) {
            return "The ID token could not be checked; sign in again.";
        }
        return switch (e.getAuthErrorCode()) {
            case EXPIRED_ID_TOKEN -> "Your sign-in has expired; sign in again.";
            case REVOKED_ID_TOKEN -> "Your sign-in was revoked; sign in again.";
            case USER_DISABLED -> "Your account is disabled; contact your administrator.";
            default -> "The ID token is not valid for Doorstep; sign in again.";
        };
    }
}
