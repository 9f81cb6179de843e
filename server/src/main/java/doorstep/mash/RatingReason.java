package doorstep.mash;

/** One reason for a contact's rating, naming the rule that gave it (e.g. {@code dash-high}) and saying why in plain English. */
record RatingReason(String rule, String text) {

    static final String REPEAT_RULE = "repeat-contact";
    static final String PERSON_RULE = "person";
}
