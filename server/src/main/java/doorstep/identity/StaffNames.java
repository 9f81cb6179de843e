package doorstep.identity;

import com.google.firebase.auth.AuthErrorCode;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.UserRecord;
import com.google.firebase.auth.FirebaseAuth;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What to call a member of staff on a screen: their display name, else their email, as Firebase
 * holds them. Looked up once in a while, not per row: a queue names the same few triagers again and again.
 */
@Singleton
public class StaffNames {

    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);

    private record Remembered(String tenantId, Optional<String> name, Instant until) {
    }

    private final BeanProvider<FirebaseAuth> auth;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    StaffNames(BeanProvider<FirebaseAuth> auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    /** The name of this tenant's user; empty for a user of another tenant or one who no longer exists. */
    public Optional<String> of(String tenantId, String uid) {
        Instant now = clock.instant();
        Remembered known = remembered.get(uid);
        if (known == null || known.until().isBefore(now) || !known.tenantId().equals(tenantId)) {
            known = new Remembered(tenantId, lookUp(tenantId, uid), now.plus(REMEMBERED_FOR));
            remembered.put(uid, known);
        }
        return known.name();
    }

    private Optional<String> lookUp(String tenantId, String uid) {
        try {
            UserRecord user = auth.get().getUser(uid);
            if (!tenantId.equals(user.getCustomClaims().get("tenant"))) {
                return Optional.empty();
            }
            String name = user.getDisplayName() != null && !user.getDisplayName().isBlank() ? user.getDisplayName()
                    : user.getEmail();
            return Optional.ofNullable(name);
        } catch (FirebaseAuthException e) {
            if (e.getAuthErrorCode() == AuthErrorCode.USER_NOT_FOUND) {
                return Optional.empty();
            }
            throw new IllegalStateException("Firebase could not look up a user (" + e.getAuthErrorCode() + ")", e);
        }
    }
}
