package doorstep.people.matching;

import doorstep.people.synthetic.Mention;

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

    record Outcome(Mention mention, Band band, String assignedPerson, String suggestedPerson, int candidates) {
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
            outcomes.add(new Outcome(mention, resolution.band(), assigned, suggested, candidates));
        }
        return this;
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    PairwiseMetrics metrics() {
        Map<String, String> clusterOf = new HashMap<>();
        outcomes.forEach(o -> clusterOf.put(o.assignedPerson(), o.assignedPerson()));
        PairwiseCounts withoutReview = PairwiseCounts.of(outcomes, clusterOf);
        Map<String, String> truthOfPerson = new HashMap<>();
        outcomes.forEach(o -> truthOfPerson.putIfAbsent(o.assignedPerson(), o.mention().truePersonId()));
        UnionFind merged = new UnionFind();
        for (Outcome o : outcomes) {
            if (o.suggestedPerson() != null
                    && o.mention().truePersonId().equals(truthOfPerson.get(o.suggestedPerson()))) {
                merged.union(o.assignedPerson(), o.suggestedPerson());
            }
        }
        Map<String, String> reviewed = new HashMap<>();
        outcomes.forEach(o -> reviewed.put(o.assignedPerson(), merged.find(o.assignedPerson())));
        PairwiseCounts withReview = PairwiseCounts.of(outcomes, reviewed);
        long review = outcomes.stream().filter(o -> o.band() == Band.POSSIBLE).count();
        return new PairwiseMetrics(withoutReview, withReview, (double) review / outcomes.size());
    }

    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String rootA = find(a);
            String rootB = find(b);
            if (!rootA.equals(rootB)) {
                parent.put(rootA, rootB);
            }
        }
    }
}
