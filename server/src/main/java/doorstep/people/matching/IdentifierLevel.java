package doorstep.people.matching;

import java.util.Map;

/**
 * Whether two records carry the same exact identifier (NHS number, police PNC id) in a scheme both
 * hold. A value one keystroke away is told apart from a different value: a slip copying a number
 * down is far likelier than two people a keystroke apart.
 */
enum IdentifierLevel implements ComparisonLevel {
    SAME("same identifier"),
    ONE_SLIP("identifier one digit or one transposition apart"),
    DIFFERENT("different identifiers in the same scheme"),
    MISSING("no scheme held by both");

    private final String description;

    IdentifierLevel(String description) {
        this.description = description;
    }

    static IdentifierLevel of(Map<String, String> a, Map<String, String> b) {
        IdentifierLevel best = MISSING;
        for (Map.Entry<String, String> entry : a.entrySet()) {
            String other = b.get(entry.getKey());
            if (other != null) {
                IdentifierLevel level = entry.getValue().equals(other) ? SAME
                        : Similarity.isOneSlip(entry.getValue(), other) ? ONE_SLIP : DIFFERENT;
                best = level.ordinal() < best.ordinal() ? level : best;
            }
        }
        return best;
    }

    @Override
    public Comparison comparison() {
        return Comparison.IDENTIFIER;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean neutral() {
        return this == MISSING;
    }
}
