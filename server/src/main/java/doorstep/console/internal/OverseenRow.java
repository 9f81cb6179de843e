package doorstep.console.internal;

/**
 * A contact past or near its deadline, as the manager view shows it.
 *
 * @param reference the start of the contact's id, which makes each row's link text its own
 * @param tagClass  GOV.UK tag modifier for the RAG ("govuk-tag--red")
 * @param heldBy    who holds a claim on it ("Nobody" when no one does)
 */
public record OverseenRow(String contactId, String reference, String rag, String tagClass, String kind, String agency,
                          String received, String due, String timeLeft, String heldBy) {
}
