package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

/** Whether the recorded sexes agree. */
enum SexLevel implements ComparisonLevel {
    SAME("same"),
    DIFFERENT("different"),
    MISSING("missing on one side");

    private final String description;

    SexLevel(String description) {
        this.description = description;
    }

    static SexLevel of(@Nullable Sex a, @Nullable Sex b) {
        if (a == null || b == null) {
            return MISSING;
        }
        return a == b ? SAME : DIFFERENT;
    }

    @Override
    public Comparison comparison() {
        return Comparison.SEX;
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
