package doorstep.console.internal;

/**
 * One comparison's part in the match weight, in words.
 *
 * @param compared what was compared ("Date of birth")
 * @param found    what the comparison found ("same date")
 * @param suggests what that says ("strong evidence they are the same person")
 * @param weight   its signed weight ("+7.2")
 */
public record EvidenceLine(String compared, String found, String suggests, String weight) {
}
