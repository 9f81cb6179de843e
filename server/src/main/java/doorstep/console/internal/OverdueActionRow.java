package doorstep.console.internal;

/**
 * An action from a MASH decision past its due date: who owns it and when it was due, not what it asks
 * (that may name a child, and is read on the contact).
 *
 * @param told when its owner was told it is overdue, in words ("Not yet" before the overdue job ran)
 */
public record OverdueActionRow(String contactId, String reference, String dueOn, String overdueBy, String owner,
                               String told) {
}
