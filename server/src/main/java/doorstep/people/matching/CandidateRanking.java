package doorstep.people.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which persons, of all those sharing a blocking key with a mention, are worth scoring. Among a
 * million people some keys are crowds (a date of birth and its swap, a busy postcode, a common name
 * with three years of birth): a mention can meet hundreds of persons, each costing a read, a
 * decryption and a comparison. The person a mention is usually shares several of its keys, some of
 * them rare, so persons are ranked by the keys they share, each weighed by how few persons share it
 * (a shared house and street outweighs a shared postcode), and only the strongest are scored.
 */
public final class CandidateRanking {

    /** Enough for the people behind every key a true match usually shares; see BENCHMARKS.md. */
    public static final int DEFAULT_LIMIT = 100;

    private CandidateRanking() {
    }

    /**
     * The persons filed under the keys, strongest first, at most {@code limit} of them; ties go to the
     * smaller id, so the same data gives the same candidates.
     */
    public static <P extends Comparable<P>> List<P> strongest(Map<?, ? extends Set<P>> personsByKey, int limit) {
        Map<P, Double> strength = new HashMap<>();
        personsByKey.values().forEach(persons -> {
            double share = 1.0 / persons.size();
            persons.forEach(person -> strength.merge(person, share, Double::sum));
        });
        Comparator<Map.Entry<P, Double>> strongestFirst = Map.Entry.<P, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        return strength.entrySet().stream().sorted(strongestFirst).limit(limit).map(Map.Entry::getKey).toList();
    }
}
