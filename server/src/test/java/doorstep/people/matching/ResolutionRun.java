package doorstep.people.matching;

import doorstep.people.LinkageMetrics;
import doorstep.people.ResolutionDecision;
import doorstep.people.synthetic.Mention;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves mentions one at a time, in order, against the people resolved so far, exactly as the
 * server and the CLI do: a confident mention is added to its person, any other becomes a new person.
 * Then scores the clusters against the truth, pair by pair.
 */
final class ResolutionRun {

    record Outcome(Mention mention, Band band, String assignedPerson, String suggestedPerson, int candidates,
                   @Nullable MatchScore score) {
    }

    private final Resolver resolver;
    private final InMemoryPersonIndex index = new InMemoryPersonIndex();
    private final List<Outcome> outcomes = new ArrayList<>();

    ResolutionRun(Resolver resolver) {
        this.resolver = resolver;
    }

    ResolutionRun resolveAll(List<Mention> mentions) {
        for (Mention mention : mentions) {
            Resolution resolution = resolver.resolve(mention.record(), index);
            int candidates = index.candidates(BlockingKeys.lookup(mention.record())).size();
            String assigned;
            if (resolution.band() == Band.CONFIDENT) {
                assigned = resolution.personId();
                index.addRecord(assigned, mention.record());
            } else {
                assigned = index.addPerson(mention.record());
            }
            String suggested = resolution.band() == Band.POSSIBLE ? resolution.personId() : null;
            outcomes.add(new Outcome(mention, resolution.band(), assigned, suggested, candidates, resolution.best()));
        }
        return this;
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    /** The same figures, computed the same way, as {@code ./doorstep people resolve --truth} prints. */
    LinkageMetrics metrics() {
        return LinkageMetrics.of(outcomes.stream()
                .map(o -> new LinkageMetrics.Outcome(o.assignedPerson(), decisionOf(o.band()), o.suggestedPerson(),
                        o.mention().truePersonId()))
                .toList());
    }

    private static ResolutionDecision decisionOf(Band band) {
        return switch (band) {
            case CONFIDENT -> ResolutionDecision.LINKED;
            case POSSIBLE -> ResolutionDecision.REVIEW;
            case NO_MATCH -> ResolutionDecision.NEW;
        };
    }
}
