package doorstep.bench.week;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam between the simulation and the server's MASH front door: the only calls the simulation
 * makes. Re-point these when the front door changes (risk signals instead of a priority, claim
 * leases, the breach job) and the rest of the simulation stays as it is.
 */
interface FrontDoor {

    /** A contact lands the way a capture opens one, rated {@code rag}; the server sets its deadline. */
    void open(String tenantId, Arrival arrival);

    /**
     * The triager claims the top of the real queue (earliest deadline first), if anything is queued;
     * {@code redOnly}: the first red contact in that order, passing over the rest.
     */
    Optional<Claim> claimTop(String tenantId, String triagerUid, boolean redOnly);

    /** The triager records a decision on the contact they claimed. */
    void decide(String tenantId, String triagerUid, Claim claim);

    /** One run of the breach job at the simulated time, where the server has one. */
    void tickBreachJob(Instant now);

    /** A contact a triager holds, with the rating the server gave it (which sets how long it takes). */
    record Claim(UUID contactId, Rag rag) {
    }

    /** Priority as the simulation samples it; the server's rules give the contact its own rating. */
    enum Rag {
        RED, AMBER, GREEN
    }
}
