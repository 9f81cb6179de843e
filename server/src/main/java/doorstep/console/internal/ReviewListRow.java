package doorstep.console.internal;

/**
 * One possible match in a list: no one's name, only when it was found and how strong the match is.
 *
 * @param reference the start of the review's id, which makes each row's link text its own
 */
public record ReviewListRow(String reviewId, String reference, String found, String weight) {
}
