package doorstep.people;

import doorstep.crypto.BlindIndex;
import doorstep.people.matching.TermFrequencies;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How common a name is among one tenant's mentions, counted per blind-indexed value, so a match
 * on "Smith" weighs less than a match on "Quillfeather" without the database holding either.
 * Lives for one resolution: counts are read once per value and kept.
 */
final class StoredTermFrequencies implements TermFrequencies {

    static final String NAME_DOMAIN = "person-name-value-v1";
    private static final long TOO_FEW_TO_SAY = 1_000;

    private final String tenantId;
    private final BlindIndex blindIndex;
    private final NameCounts counts;
    private final long totalMentions;
    private final Map<String, OptionalDouble> read = new HashMap<>();

    StoredTermFrequencies(String tenantId, BlindIndex blindIndex, NameCounts counts, long totalMentions) {
        this.tenantId = tenantId;
        this.blindIndex = blindIndex;
        this.counts = counts;
        this.totalMentions = totalMentions;
    }

    @Override
    public OptionalDouble share(NamePart part, String cleanedValue) {
        if (totalMentions < TOO_FEW_TO_SAY) {
            return OptionalDouble.empty();
        }
        return read.computeIfAbsent(part + "|" + cleanedValue, k -> counts
                .mentions(tenantId, part.name(), indexOf(part, cleanedValue))
                .map(n -> OptionalDouble.of((double) n / totalMentions))
                .orElse(OptionalDouble.empty()));
    }

    byte[] indexOf(NamePart part, String cleanedValue) {
        return blindIndex.of(NAME_DOMAIN, part.name() + "|" + cleanedValue);
    }
}
