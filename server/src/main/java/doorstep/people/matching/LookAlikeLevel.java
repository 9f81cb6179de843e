package doorstep.people.matching;

/**
 * Patterns of two different people who share a household: a sibling or twin (same family name,
 * unrelated given name, same birthday or address) and a parent and child with the same name (a
 * generation between their dates of birth). The other comparisons treat fields as independent,
 * which household members are not; this comparison carries the correction as its own weight.
 */
enum LookAlikeLevel implements ComparisonLevel {
    NONE("no look-alike pattern"),
    SIBLING_OR_TWIN("same family, unrelated given names: sibling or twin"),
    SAME_NAME_OTHER_GENERATION("same name a generation apart: parent and child");

    private final String description;

    LookAlikeLevel(String description) {
        this.description = description;
    }

    static LookAlikeLevel of(GivenNameLevel given, FamilyNameLevel family, DateOfBirthLevel dateOfBirth,
                             PostcodeLevel postcode) {
        boolean sameFamily = family.agrees();
        if (sameFamily && given == GivenNameLevel.DIFFERENT
                && (dateOfBirth == DateOfBirthLevel.EXACT || postcode == PostcodeLevel.EXACT)) {
            return SIBLING_OR_TWIN;
        }
        if (sameFamily && given.agrees() && dateOfBirth == DateOfBirthLevel.GENERATION_APART) {
            return SAME_NAME_OTHER_GENERATION;
        }
        return NONE;
    }

    @Override
    public Comparison comparison() {
        return Comparison.LOOK_ALIKE;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean neutral() {
        return this == NONE;
    }
}
