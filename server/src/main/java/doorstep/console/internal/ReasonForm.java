package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/** "Why are you looking at this record?" as shown: the reason chosen, any other reason typed, and what was wrong. */
public record ReasonForm(UUID contactId, String reason, String otherReason, List<FieldError> errors) {

    public static ReasonForm empty(UUID contactId) {
        return new ReasonForm(contactId, "", "", List.of());
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
