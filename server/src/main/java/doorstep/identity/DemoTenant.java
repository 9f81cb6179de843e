package doorstep.identity;

import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.UserRecord;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The demo local authority and one user per role, made in the Auth emulator at the start of a
 * development run so a new user can sign in at once. Never active outside the dev environment.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
@Requires(property = "doorstep.demo.enabled", value = "true")
class DemoTenant {

    static final String TENANT_ID = "demo-la";
    static final String PASSWORD = "doorstep-demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenant.class);

    /** Fixed uids: the emulator forgets its users between runs, the database keeps their devices and referrals. */
    record DemoUser(String uid, String email, String agency, List<String> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("demo-officer", "officer@demo.doorstep.test", "police", List.of("practitioner")),
            new DemoUser("demo-earlyhelp", "earlyhelp@demo.doorstep.test", "early-help", List.of("practitioner")),
            new DemoUser("demo-triager", "triager@demo.doorstep.test", "social-care", List.of("mash-triager")),
            new DemoUser("demo-manager", "manager@demo.doorstep.test", "social-care",
                    List.of("mash-triager", "mash-manager")),
            new DemoUser("demo-admin", "admin@demo.doorstep.test", "social-care", List.of("admin")),
            new DemoUser("demo-interviewer", "interviewer@demo.doorstep.test", "return-home-service",
                    List.of("practitioner", "return-home-interviewer")),
            new DemoUser("demo-rhi-manager", "rhi-manager@demo.doorstep.test", "return-home-service",
                    List.of("return-home-manager")));

    private final TenantDirectory tenants;
    private final FirebaseAuth auth;

    DemoTenant(TenantDirectory tenants, FirebaseAuth auth) {
        this.tenants = tenants;
        this.auth = auth;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        tenants.register(TENANT_ID, "Demo Borough Council MASH");
        USERS.forEach(this::ensureUser);
        LOG.info("Demo tenant {} ready with {} users", TENANT_ID, USERS.size());
    }

    private void ensureUser(DemoUser user) {
        try {
            try {
                auth.getUser(user.uid());
            } catch (FirebaseAuthException missing) {
                auth.createUser(new UserRecord.CreateRequest().setUid(user.uid()).setEmail(user.email())
                        .setPassword(PASSWORD));
            }
            auth.setCustomUserClaims(user.uid(),
                    Map.of("tenant", TENANT_ID, "agency", user.agency(), "roles", user.roles()));
        } catch (FirebaseAuthException e) {
            throw new IllegalStateException("Could not set up demo user " + user.email() + " in the Auth emulator", e);
        }
    }
}
