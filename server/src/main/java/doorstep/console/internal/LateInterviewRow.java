package doorstep.console.internal;

/** A return home interview not done within 72 hours of the child's return. */
public record LateInterviewRow(String reference, String state, String due, String lateBy) {
}
