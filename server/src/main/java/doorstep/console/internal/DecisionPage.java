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
                           List<SelectOption> owners, List<Choice> agencies, List<String> partnersMissing,
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

    /** The one part of a due date to mark when only that part is missing; null marks the whole date. */
    @Nullable
    public String dueErrorPart(int row) {
        DecisionForm.ActionRow typed = form.actions().get(row);
        String prefix = "actions-" + row + "-due-";
        return errors.stream().map(FieldError::field).filter(field -> field.startsWith(prefix))
                .map(field -> field.substring(prefix.length()))
                .filter(part -> !typed.blank() && switch (part) {
                    case "day" -> typed.dueDay().isBlank() && !(typed.dueMonth() + typed.dueYear()).isBlank();
                    case "month" -> typed.dueMonth().isBlank();
                    default -> typed.dueYear().isBlank();
                })
                .findFirst().orElse(null);
    }

    /** Whether anything of the strategy discussion was ticked, typed or refused, so its part of the form stays open. */
    public boolean strategyDiscussionStarted() {
        return !form.invited().isEmpty() || !form.attended().isEmpty() || !form.missingAgencyReason().isBlank()
                || hasError("invited") || hasError("attended") || hasError("missingAgencyReason");
    }

    public boolean hasError(String field) {
        return errorFor(field) != null;
    }
}
