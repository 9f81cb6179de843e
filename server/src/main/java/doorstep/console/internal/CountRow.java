package doorstep.console.internal;

/** One line of a count table, such as "Under 1 day: 4". */
public record CountRow(String label, int count) {
}
