package doorstep.mash;

import doorstep.identity.TenantDirectory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline job: each interval, for every tenant whose turn no other replica has taken, marks
 * near and breached contacts and late return home interviews ({@link BreachMarker}). A tenant that
 * fails is logged by id and tried again next interval; the others carry on.
 */
@Singleton
class BreachJob {

    static final String JOB = "mash-deadlines";
    private static final Logger LOG = LoggerFactory.getLogger(BreachJob.class);

    private final TenantDirectory tenants;
    private final JobLeases leases;
    private final BreachMarker marker;
    private final BreachConfiguration configuration;
    private final Clock clock;

    BreachJob(TenantDirectory tenants, JobLeases leases, BreachMarker marker, BreachConfiguration configuration,
              Clock clock) {
        this.tenants = tenants;
        this.leases = leases;
        this.marker = marker;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Works the tenants whose turn this server took; returns their ids. */
    List<String> runDue() {
        List<String> worked = new ArrayList<>();
        for (String tenantId : tenants.ids()) {
            Instant now = clock.instant();
            try {
                if (leases.take(JOB, tenantId, now, configuration.interval())) {
                    marker.mark(tenantId, now);
                    worked.add(tenantId);
                }
            } catch (RuntimeException e) {
                LOG.error("Deadline job failed for tenant {}; it runs again next interval", tenantId, e);
            }
        }
        return worked;
    }
}
