package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * One contact in the queue as the page shows it, in words.
 *
 * @param id       the contact's id, for the link to its page
 * @param tagClass GOV.UK tag modifier for the RAG ("govuk-tag--red")
 * @param heldBy   who holds a claim on it, or null when nobody does
 */
public record QueueRow(UUID id, String rag, String tagClass, String timeLeft, boolean overdue, String kind, String agency,
                       String state, @Nullable String heldBy, int children) {
}
