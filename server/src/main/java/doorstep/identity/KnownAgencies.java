package doorstep.identity;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** The agencies a tenant knows: owners of actions, invitees to strategy discussions. */
@Singleton
public class KnownAgencies {

    private final List<String> ordered;
    private final Set<String> known;

    KnownAgencies(AgencyConfiguration configuration) {
        this.ordered = List.copyOf(configuration.known());
        this.known = Set.copyOf(ordered);
    }

    /** Every agency the tenant knows, in the configured order. */
    public List<String> known(String tenantId) {
        return ordered;
    }

    public boolean isKnown(String tenantId, String agency) {
        return known.contains(agency);
    }

    /** Those of the given agencies this server does not know, in the order given. */
    public List<String> unknownAmong(String tenantId, List<String> agencies) {
        return agencies.stream().filter(agency -> !isKnown(tenantId, agency)).toList();
    }
}
