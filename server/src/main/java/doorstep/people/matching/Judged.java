package doorstep.people.matching;

/**
 * Among which pairs a comparison level's m and u are taken. Some fields go together: a household
 * shares a surname, an address and often a birthday; a house number and street go with the
 * postcode, and a move changes both. Weighing such a field among all pairs would count one fact
 * twice, so it is weighed among the pairs that already share (or already differ in) the other.
 */
enum Judged {
    AMONG_ALL("", ""),
    WITHIN_HOUSEHOLD(".household", " (judged within one household)"),
    WITHIN_POSTCODE(".postcode", " (judged within one postcode)"),
    ACROSS_POSTCODES(".moved", " (judged across different postcodes)");

    private final String parameterSuffix;
    private final String note;

    Judged(String parameterSuffix, String note) {
        this.parameterSuffix = parameterSuffix;
        this.note = note;
    }

    static Judged of(ComparisonLevel level, ComparisonVector vector) {
        Comparison comparison = level.comparison();
        if (vector.sameHousehold() && comparison.conditionalOnHousehold()) {
            return WITHIN_HOUSEHOLD;
        }
        if (comparison.conditionalOnPostcode() && vector.postcode() != PostcodeLevel.MISSING) {
            return vector.postcode() == PostcodeLevel.EXACT ? WITHIN_POSTCODE : ACROSS_POSTCODES;
        }
        return AMONG_ALL;
    }

    String parameterSuffix() {
        return parameterSuffix;
    }

    String describe(ComparisonLevel level) {
        return level.neutral() ? level.description() : level.description() + note;
    }
}
