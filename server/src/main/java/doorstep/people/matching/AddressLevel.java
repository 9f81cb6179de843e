package doorstep.people.matching;

/**
 * Whether two address lines name the same house: the street is compared by spelling (a slip in a
 * street name is common, two streets of nearly the same name at one postcode are not), the house
 * number exactly.
 */
enum AddressLevel implements ComparisonLevel {
    SAME_HOUSE("same house number and street"),
    SAME_STREET("same street, another or no house number"),
    DIFFERENT("different streets"),
    MISSING("missing on one side");

    private final String description;

    AddressLevel(String description) {
        this.description = description;
    }

    static AddressLevel of(NormalisedPerson a, NormalisedPerson b) {
        if (a.street() == null || b.street() == null) {
            return MISSING;
        }
        if (!a.street().equals(b.street()) && Similarity.jaroWinkler(a.street(), b.street()) < Similarity.CLOSE) {
            return DIFFERENT;
        }
        return a.houseNumber() != null && a.houseNumber().equals(b.houseNumber()) ? SAME_HOUSE : SAME_STREET;
    }

    @Override
    public Comparison comparison() {
        return Comparison.ADDRESS;
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
