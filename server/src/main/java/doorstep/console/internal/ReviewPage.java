package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A possible match side by side with its weights in words, and the decision form while it is open.
 *
 * @param total      the total weight and what it means
 * @param thresholds the weights at which Doorstep links by itself and asks a person, in words
 * @param outcome    what was decided, or null while the review is open
 * @param mergeId    the merge a "same person" decision made, or null
 * @param mergeState whether that merge stands or was undone, in words, or null without a merge
 * @param canUndo    whether the reader may undo the merge (a manager, and the merge stands)
 */
public record ReviewPage(String reviewId, String reference, RecordColumn mention, RecordColumn candidate,
                         List<EvidenceLine> evidence, String total, String thresholds, @Nullable String outcome,
                         @Nullable String mergeId, @Nullable String mergeState, boolean canUndo, MatchDecisionForm form) {

    public boolean open() {
        return outcome == null;
    }
}
