package doorstep.console.internal;

/**
 * What the page tells the user above the record: a success (claimed, given back), or a refusal in plain words.
 *
 * @param success a GOV.UK success banner; otherwise an "Important" one
 */
public record Notice(boolean success, String text) {
}
