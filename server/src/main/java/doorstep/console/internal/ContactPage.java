package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A contact as its page reads, top to bottom: the summary, the children's voices, what happened,
 * each child's network, then the contact's history.
 *
 * @param heldBy        who holds the claim ("You", a user id), or null when nobody does
 * @param heldByMe      the reader holds the claim: they may release it and record a decision
 * @param claimable     nobody else holds it and it is not decided: the reader may claim it
 * @param notice        what the last claim or release did, or null
 * @param happenedTitle what the capture was ("The incident", "The visit", "The interview")
 */
public record ContactPage(UUID id, String rag, String tagClass, String timeLeft, String kind, String agency,
                          String state, @Nullable String heldBy, List<String> ragReasons, boolean heldByMe,
                          boolean claimable, @Nullable Notice notice, List<ChildHeard> children, String happenedTitle,
                          List<SummaryRow> happened, List<ChildNetwork> networks, List<EarlierContactRow> earlier,
                          int contactsInLast12Months, List<SummaryRow> ratingChanges, List<DecisionMade> decisions) {

    /** From the third contact in twelve months the page warns of repeat contacts. */
    public boolean repeatContacts() {
        return contactsInLast12Months >= 3;
    }
}
