package doorstep.identity;

import com.google.firebase.auth.AuthErrorCode;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

/** The users of a tenant, as Firebase holds them: who may be named as the owner of work. */
@Singleton
public class TenantUsers {

    /** Looked up when first asked: command-line tools (bench, audit verify) run the MASH without Firebase. */
    private final BeanProvider<FirebaseAuth> auth;

    TenantUsers(BeanProvider<FirebaseAuth> auth) {
        this.auth = auth;
    }

    /** True when the uid is a user whose tenant claim is this tenant; false for anyone else or no one. */
    public boolean isMember(String tenantId, String uid) {
        try {
            return tenantId.equals(auth.get().getUser(uid).getCustomClaims().get("tenant"));
        } catch (FirebaseAuthException e) {
            if (e.getAuthErrorCode() == AuthErrorCode.USER_NOT_FOUND) {
                return false;
            }
            throw new IllegalStateException("Firebase could not look up a user (" + e.getAuthErrorCode() + ")", e);
        }
    }
}
