package doorstep.people.matching;

/** Whether the names only agree once given and family name are swapped, as when a form is filled in the wrong order. */
enum NameOrderLevel implements ComparisonLevel {
    AS_RECORDED("as recorded"),
    SWAPPED("given and family name swapped");

    private final String description;

    NameOrderLevel(String description) {
        this.description = description;
    }

    @Override
    public Comparison comparison() {
        return Comparison.NAME_ORDER;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean neutral() {
        return this == AS_RECORDED;
    }
}
