package doorstep.people.matching;

/** The fields two records are compared on; each has its own levels, each level its own m and u. */
enum Comparison {
    GIVEN_NAME("given name"),
    FAMILY_NAME("family name"),
    NAME_ORDER("name order"),
    DATE_OF_BIRTH("date of birth"),
    SEX("sex"),
    POSTCODE("postcode"),
    LOOK_ALIKE("look-alike");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
