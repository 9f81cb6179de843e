package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

/**
 * One contact in the queue as the page shows it, in words.
 *
 * @param tagClass GOV.UK tag modifier for the RAG ("govuk-tag--red")
 * @param heldBy   who holds a claim on it, or null when nobody does
 */
public record QueueRow(String rag, String tagClass, String timeLeft, boolean overdue, String kind, String agency,
                       String state, @Nullable String heldBy, int children) {
}
