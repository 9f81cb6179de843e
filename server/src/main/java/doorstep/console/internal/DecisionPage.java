package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * The decision form page for one contact (named by id only).
 *
 * @param unavailable     why the form cannot be used now (no claim held, already decided), or null when it can
 * @param partnersMissing the statutory partners not ticked as attending, in words, for the warning
 * @param errors          in the order of the fields on the page; each {@code field} is the id the summary links to
 */
public record DecisionPage(UUID contactId, @Nullable String unavailable, DecisionForm form, List<Choice> outcomes,
                           List<Choice> owners, List<Choice> agencies, List<String> partnersMissing,
                           List<FieldError> errors) {

    public String contactPath() {
        return "/console/contacts/" + contactId;
    }

    public String formPath() {
        return contactPath() + "/decision";
    }

    /** The message for a field or group of fields ("actions-0-due" covers its day, month and year). */
    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field) || e.field().startsWith(field + "-"))
                .map(FieldError::message).findFirst().orElse(null);
    }

    public boolean hasError(String field) {
        return errorFor(field) != null;
    }

    /** An input's own error (a date's day, month or year), for its error border. */
    public boolean fieldHasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
