package doorstep.console.internal;

/**
 * A link at the end of a summary list row ("Change"), with the words a screen reader adds to say what it
 * changes (" name").
 */
public record SummaryAction(String href, String text, String visuallyHiddenText) {
}
