package doorstep.people.matching;

/** Whether two records place the person at the same postcode, or at least in the same district. */
enum PostcodeLevel implements ComparisonLevel {
    EXACT("same postcode"),
    SAME_DISTRICT("same postcode district"),
    DIFFERENT("different postcodes"),
    MISSING("missing on one side");

    private final String description;

    PostcodeLevel(String description) {
        this.description = description;
    }

    static PostcodeLevel of(NormalisedPerson a, NormalisedPerson b) {
        if (a.postcode() == null || b.postcode() == null) {
            return MISSING;
        }
        if (a.postcode().equals(b.postcode())) {
            return EXACT;
        }
        String outward = a.outwardCode();
        return outward != null && outward.equals(b.outwardCode()) ? SAME_DISTRICT : DIFFERENT;
    }

    @Override
    public Comparison comparison() {
        return Comparison.POSTCODE;
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
