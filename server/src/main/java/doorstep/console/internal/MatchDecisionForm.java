package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A match review's decision form as shown: the choice and reason typed so far and what was wrong.
 *
 * @param decision "same-person", "different-people" or "" before a choice
 */
public record MatchDecisionForm(String decision, String reason, List<FieldError> errors) {

    public static MatchDecisionForm empty() {
        return new MatchDecisionForm("", "", List.of());
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
