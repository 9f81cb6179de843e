package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The confirmation step before a manager undoes a merge, or, once undone, that it was.
 *
 * @param undoneOn when it was undone, or null while the merge stands
 */
public record UndoMergePage(String mergeId, String reference, String mergedOn, @Nullable String undoneOn,
                            String reason, List<FieldError> errors) {

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
