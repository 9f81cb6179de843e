package doorstep.people.matching;

/**
 * Two records with a like family name (the same, or a spelling of it) at the same postcode. Family
 * name and postcode are far from independent (a household shares both), so together they are one
 * piece of evidence, with its own m and u, rather than two whose weights would add up as if they
 * were unrelated.
 */
enum HouseholdLevel implements ComparisonLevel {
    SAME_HOUSEHOLD("same or like family name at the same postcode");

    private final String description;

    HouseholdLevel(String description) {
        this.description = description;
    }

    @Override
    public Comparison comparison() {
        return Comparison.HOUSEHOLD;
    }

    @Override
    public String description() {
        return description;
    }
}
