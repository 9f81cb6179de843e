package doorstep.people.matching;

import java.util.Collections;
import java.util.Set;

/** How the family names of two records agree; a double-barrelled name used in part counts as agreement. */
enum FamilyNameLevel implements ComparisonLevel {
    EXACT("same name"),
    PART("one part of a double-barrelled name"),
    CLOSE("nearly the same spelling"),
    SIMILAR("similar spelling"),
    SOUNDS_ALIKE("sounds the same"),
    DIFFERENT("different names"),
    MISSING("missing on one side");

    private final String description;

    FamilyNameLevel(String description) {
        this.description = description;
    }

    static FamilyNameLevel of(String a, String b, Set<String> partsA, Set<String> partsB,
                              Set<String> codesA, Set<String> codesB) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.equals(b)) {
            return EXACT;
        }
        if (!Collections.disjoint(partsA, partsB)) {
            return PART;
        }
        double similarity = Similarity.jaroWinkler(a, b);
        if (similarity >= Similarity.CLOSE) {
            return CLOSE;
        }
        if (similarity >= Similarity.SIMILAR) {
            return SIMILAR;
        }
        return Collections.disjoint(codesA, codesB) ? DIFFERENT : SOUNDS_ALIKE;
    }

    boolean agrees() {
        return this == EXACT || this == PART || this == CLOSE;
    }

    /** Alike in some way: the same name, a part of it, or a spelling or sound of it. */
    boolean related() {
        return this != DIFFERENT && this != MISSING;
    }

    @Override
    public Comparison comparison() {
        return Comparison.FAMILY_NAME;
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
