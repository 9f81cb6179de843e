package doorstep.people.matching;

/** One outcome of one comparison, such as "date of birth: day and month swapped". */
interface ComparisonLevel {

    Comparison comparison();

    String name();

    String description();

    /** Levels that say nothing (a missing value, names in the recorded order) weigh zero and are not estimated. */
    default boolean neutral() {
        return false;
    }

    default String key() {
        return comparison().name() + "." + name();
    }
}
