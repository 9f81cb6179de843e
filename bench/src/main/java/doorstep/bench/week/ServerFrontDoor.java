package doorstep.bench.week;

import doorstep.capture.CaptureReferred;
import doorstep.capture.RiskSignal;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.identity.TenantDirectory;
import doorstep.mash.TriageDesk;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The front door as the server has it today: a contact opens when its capture's kind publishes
 * {@link CaptureReferred} inside the storing transaction (the listener stores it, rated and with the
 * DeadlinePolicy's deadline); triagers list, claim and decide through the service the API uses.
 * A tick runs the server's deadline job, which works every registered tenant.
 */
final class ServerFrontDoor implements FrontDoor {

    /** The server's rules rate by signals: each simulated RAG arrives with the signal its default rule rates so. */
    private static final Map<Rag, RiskSignal> SIGNAL_OF = Map.of(Rag.RED, RiskSignal.DASH_HIGH, Rag.AMBER,
            RiskSignal.DASH_MEDIUM, Rag.GREEN, RiskSignal.DASH_STANDARD);

    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<CaptureReferred> referrals;
    private final TriageDesk desk;
    private final TenantDirectory tenants;
    private final Set<String> registered = new HashSet<>();

    @SuppressWarnings("unchecked")
    ServerFrontDoor(ApplicationContext context) {
        this.transactions = context.getBean(TransactionOperations.class);
        this.referrals = context.getEventPublisher(CaptureReferred.class);
        this.desk = new TriageDesk(context);
        this.tenants = context.getBean(TenantDirectory.class);
    }

    @Override
    public void open(String tenantId, Arrival arrival) {
        if (registered.add(tenantId)) {
            tenants.register(tenantId, "bench/week " + tenantId);
        }
        transactions.executeWrite(status -> {
            referrals.publishEvent(new CaptureReferred(arrival.source().captureKind(), arrival.captureId(),
                    new UUID(arrival.captureId().getLeastSignificantBits(), arrival.captureId().getMostSignificantBits()),
                    tenantId, "sim-referrer-" + arrival.source().agency(), arrival.source().agency(), arrival.at(), 1,
                    Set.of(SIGNAL_OF.get(arrival.rag())), List.of()));
            return null;
        });
    }

    @Override
    public Optional<Claim> claimTop(String tenantId, String triagerUid, boolean redOnly) {
        Caller triager = triager(tenantId, triagerUid);
        return (redOnly ? desk.claimTopRed(triager) : desk.claimTop(triager))
                .map(claimed -> new Claim(claimed.contactId(), Rag.valueOf(claimed.rag())));
    }

    @Override
    public void decide(String tenantId, String triagerUid, Claim claim) {
        desk.decide(triager(tenantId, triagerUid), claim.contactId(), outcome(claim.rag()),
                "Simulated decision (bench/week).");
    }

    @Override
    public void tickBreachJob(Instant now) {
        desk.runDeadlineJob();
    }

    private static String outcome(Rag rag) {
        return switch (rag) {
            case RED -> "section-47-strategy-discussion";
            case AMBER -> "section-17-assessment";
            case GREEN -> "information-and-advice";
        };
    }

    private static Caller triager(String tenantId, String uid) {
        return new Caller(uid, tenantId, "local-authority", Set.of(Role.MASH_TRIAGER));
    }
}
