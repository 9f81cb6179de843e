package doorstep.identity;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** The tenants set up on this server; a token naming any other tenant is refused. */
@Singleton
public class TenantDirectory {

    private final TenantRepository tenants;
    private final Clock clock;

    TenantDirectory(TenantRepository tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    public boolean exists(String tenantId) {
        return tenants.existsById(tenantId);
    }

    /** Every tenant's id, for work done tenant by tenant (such as the deadline job). */
    public List<String> ids() {
        return tenants.findAll().stream().map(Tenant::id).sorted().toList();
    }

    /** Sets up a tenant once; registering it again changes nothing. */
    public void register(String tenantId, String name) {
        if (!tenants.existsById(tenantId)) {
            tenants.save(new Tenant(tenantId, name, clock.instant()));
        }
    }
}
