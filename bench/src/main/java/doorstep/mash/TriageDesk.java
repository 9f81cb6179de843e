package doorstep.mash;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.api.model.StrategyDiscussion;
import doorstep.identity.Caller;
import io.micronaut.context.ApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bench's way into the triage steps the API uses ({@link TriageQueue}'s list, claim and decide, and
 * the deadline job),
 * which are package-private to the MASH capability. It lives in the bench module, in the capability's
 * package, so the server keeps no public door that only a benchmark needs.
 */
public final class TriageDesk {

    /** How far down the queue a red-only claim looks: past any backlog a simulated week builds. */
    private static final int RED_LOOKAHEAD = 5_000;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TriageQueue queue;
    private final BreachJob deadlines;
    private final Clock clock;

    public TriageDesk(ApplicationContext context) {
        this.queue = context.getBean(TriageQueue.class);
        this.deadlines = context.getBean(BreachJob.class);
        this.clock = context.getBean(Clock.class);
    }

    /** Claims the first queued contact in the queue's own order (earliest deadline first), if any. */
    public Optional<Claimed> claimTop(Caller triager) {
        return claimFirst(triager, queue.list(triager, ContactState.QUEUED, 1));
    }

    /** As {@link #claimTop}, passing over everything not rated red (out-of-hours cover's way of working). */
    public Optional<Claimed> claimTopRed(Caller triager) {
        return claimFirst(triager, queue.list(triager, ContactState.QUEUED, RED_LOOKAHEAD).stream()
                .filter(contact -> contact.rag() == RagRating.RED).limit(1).toList());
    }

    private Optional<Claimed> claimFirst(Caller triager, List<Contact> top) {
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Contact claimed = queue.claim(triager, top.get(0).id());
        return Optional.of(new Claimed(claimed.id(), claimed.rag().name()));
    }

    /**
     * Decides as the front door's rules ask: work-starting outcomes carry an action owned by children's
     * social care, due in a week; a strategy discussion has the four statutory agencies there.
     */
    public void decide(Caller triager, UUID contactId, String outcome, String rationale) {
        DecisionRequest decision = new DecisionRequest(Outcome.fromValue(outcome), rationale);
        if (!outcome.equals("no-further-action") && !outcome.equals("information-and-advice")) {
            decision.addActionsItem(new ActionRequest("Follow the decision up with the family",
                    LocalDate.ofInstant(clock.instant(), LONDON).plusDays(7)).ownerAgency("social-care"));
        }
        if (outcome.equals("section-47-strategy-discussion")) {
            List<String> statutory = List.of("police", "health", "education", "social-care");
            decision.strategyDiscussion(new StrategyDiscussion(statutory, statutory));
        }
        queue.decide(triager, contactId, decision);
    }

    /** One run of the server's deadline job at the clock's time: marks near and breached contacts. */
    public void runDeadlineJob() {
        deadlines.runDue();
    }

    /** The contact a triager now holds, with the rating the server gave it. */
    public record Claimed(UUID contactId, String rag) {
    }
}
