package doorstep.people.matching;

/** How the first given names of two records agree, from the same name down to unrelated names. */
enum GivenNameLevel implements ComparisonLevel {
    EXACT("same name"),
    VARIANT("nickname or other spelling of the same name"),
    CLOSE("nearly the same spelling"),
    SIMILAR("similar spelling"),
    SOUNDS_ALIKE("sounds the same"),
    INITIAL("initial agrees with the name"),
    DIFFERENT("different names"),
    MISSING("missing on one side");

    private final String description;

    GivenNameLevel(String description) {
        this.description = description;
    }

    static GivenNameLevel of(String a, String b, String codeA, String codeB) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        // An initial is an initial even beside the same initial: "O" is no rare name, whatever its frequency.
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? INITIAL : DIFFERENT;
        }
        if (a.equals(b)) {
            return EXACT;
        }
        if (NameVariants.builtIn().equivalent(a, b)) {
            return VARIANT;
        }
        double similarity = Similarity.jaroWinkler(a, b);
        if (similarity >= Similarity.CLOSE) {
            return CLOSE;
        }
        if (similarity >= Similarity.SIMILAR) {
            return SIMILAR;
        }
        return codeA.equals(codeB) ? SOUNDS_ALIKE : DIFFERENT;
    }

    /** Agrees well enough to read as the same name, used to recognise swapped names and look-alikes. */
    boolean agrees() {
        return this == EXACT || this == VARIANT || this == CLOSE;
    }

    @Override
    public Comparison comparison() {
        return Comparison.GIVEN_NAME;
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
