package doorstep.mash;

import doorstep.identity.Caller;
import io.micronaut.context.ApplicationContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bench's way into the triage steps the API uses ({@link TriageQueue}'s list, claim and decide),
 * which are package-private to the MASH capability. It lives in the bench module, in the capability's
 * package, so the server keeps no public door that only a benchmark needs.
 */
public final class TriageDesk {

    /** How far down the queue a red-only claim looks: past any backlog a simulated week builds. */
    private static final int RED_LOOKAHEAD = 5_000;

    private final TriageQueue queue;

    public TriageDesk(ApplicationContext context) {
        this.queue = context.getBean(TriageQueue.class);
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

    public void decide(Caller triager, UUID contactId, String outcome, String rationale) {
        queue.decide(triager, contactId, outcome, rationale);
    }

    /** The contact a triager now holds, with the rating the server gave it. */
    public record Claimed(UUID contactId, String rag) {
    }
}
