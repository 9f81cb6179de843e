package doorstep.people.matching;

import java.util.List;

/** The fields two records are compared on; each has its own levels, each level its own m and u. */
enum Comparison {
    GIVEN_NAME("given name"),
    FAMILY_NAME("family name"),
    NAME_ORDER("name order"),
    DATE_OF_BIRTH("date of birth"),
    SEX("sex"),
    POSTCODE("postcode"),
    ADDRESS("address"),
    IDENTIFIER("identifier"),
    HOUSEHOLD("household");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    /**
     * Whether this comparison's u is taken among members of one household when both records share
     * family name and postcode. Fields are not independent there: twins share a birthday, siblings
     * a surname and an address, a father and son a name. Random pairs would make such a coincidence
     * look like proof; within a household only the given name and date of birth tell people apart.
     */
    boolean conditionalOnHousehold() {
        return this == GIVEN_NAME || this == DATE_OF_BIRTH || this == SEX || this == ADDRESS;
    }

    /**
     * Whether this comparison's u is taken among pairs at one postcode when both records share it:
     * people at one postcode mostly live in one street, so the street alone proves nothing there.
     */
    boolean conditionalOnPostcode() {
        return this == ADDRESS;
    }

    /** Every level of this comparison, best agreement first. */
    List<ComparisonLevel> levels() {
        ComparisonLevel[] levels = switch (this) {
            case GIVEN_NAME -> GivenNameLevel.values();
            case FAMILY_NAME -> FamilyNameLevel.values();
            case NAME_ORDER -> NameOrderLevel.values();
            case DATE_OF_BIRTH -> DateOfBirthLevel.values();
            case SEX -> SexLevel.values();
            case POSTCODE -> PostcodeLevel.values();
            case ADDRESS -> AddressLevel.values();
            case IDENTIFIER -> IdentifierLevel.values();
            case HOUSEHOLD -> HouseholdLevel.values();
        };
        return List.of(levels);
    }

    String label() {
        return label;
    }
}
