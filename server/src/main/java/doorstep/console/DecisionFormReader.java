package doorstep.console;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.api.model.StrategyDiscussion;
import doorstep.console.internal.DecisionForm;
import doorstep.console.internal.DecisionForm.ActionRow;
import doorstep.console.internal.FieldError;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The posted decision form read as typed, and the decision it asks for. Only what a form alone can get
 * wrong is refused here (no outcome chosen, a date that is not a date); the contract and the decision
 * rules judge the rest, so the console and the API refuse the same decisions.
 */
final class DecisionFormReader {

    static final int FIRST_ROWS = 2;
    static final int MAX_ROWS = DecisionForm.MOST_ACTIONS;

    /** The decision as far as the form could say it, and what the form alone found wrong. */
    record Reading(DecisionRequest request, List<FieldError> errors) {
    }

    private DecisionFormReader() {
    }

    static DecisionForm read(Map<String, List<String>> fields) {
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && fields.containsKey("actions-" + i + "-what"); i++) {
            String row = "actions-" + i + "-";
            rows.add(new ActionRow(PostedFields.one(fields, row + "what"), PostedFields.one(fields, row + "owner"), PostedFields.one(fields, row + "due-day"),
                    PostedFields.one(fields, row + "due-month"), PostedFields.one(fields, row + "due-year")));
        }
        while (rows.size() < FIRST_ROWS) {
            rows.add(ActionRow.blankRow());
        }
        return new DecisionForm(PostedFields.one(fields, "outcome"), PostedFields.one(fields, "stepAcrossTeam"), PostedFields.one(fields, "rationale"),
                rows, fields.getOrDefault("invited", List.of()), fields.getOrDefault("attended", List.of()),
                PostedFields.one(fields, "missingAgencyReason"));
    }

    /** Blank action rows are left out; a team or strategy discussion typed is sent, so the rules can say when it does not fit the outcome. */
    static Reading toRequest(DecisionForm form, String callerUid) {
        List<FieldError> errors = new ArrayList<>();
        Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.getValue().equals(form.outcome()))
                .findFirst().orElse(null);
        if (outcome == null) {
            errors.add(new FieldError("outcome", "Select the outcome of your decision"));
        }
        DecisionRequest request = new DecisionRequest(outcome, form.rationale());
        List<ActionRequest> actions = new ArrayList<>();
        for (int i = 0; i < form.actions().size(); i++) {
            ActionRow row = form.actions().get(i);
            if (!row.blank()) {
                actions.add(action(row, i, callerUid, errors));
            }
        }
        request.actions(actions);
        if (outcome == Outcome.STEP_ACROSS || !form.stepAcrossTeam().isBlank()) {
            request.stepAcrossTeam(form.stepAcrossTeam());
        }
        if (outcome == Outcome.SECTION_47_STRATEGY_DISCUSSION || !form.invited().isEmpty()
                || !form.attended().isEmpty() || !form.missingAgencyReason().isBlank()) {
            request.strategyDiscussion(new StrategyDiscussion(form.invited(), form.attended())
                    .missingAgencyReason(form.missingAgencyReason().isBlank() ? null : form.missingAgencyReason()));
        }
        return new Reading(request, errors);
    }

    private static ActionRequest action(ActionRow row, int index, String callerUid, List<FieldError> errors) {
        ActionRequest action = new ActionRequest(row.what(), dueOn(row, index, errors).orElse(null));
        if (row.owner().equals(ActionRow.OWNER_ME)) {
            action.ownerUid(callerUid);
        } else if (!row.owner().isEmpty()) {
            action.ownerAgency(row.owner());
        }
        return action;
    }

    /** The GOV.UK date input's messages: the missing part named, or the date said not to be real. */
    /** Digits 0 to 9 only: Java reads other scripts' digits too, which nobody typing a due date here means. */
    private static int number(String typed) {
        String trimmed = typed.trim();
        if (!trimmed.matches("[0-9]{1,9}")) {
            throw new NumberFormatException("not a number in digits 0 to 9");
        }
        return Integer.parseInt(trimmed);
    }

    private static Optional<LocalDate> dueOn(ActionRow row, int index, List<FieldError> errors) {
        String field = "actions-" + index + "-due-";
        String date = "The date action " + (index + 1) + " is due";
        if ((row.dueDay() + row.dueMonth() + row.dueYear()).isBlank()) {
            errors.add(new FieldError(field + "day", "Enter the date action " + (index + 1) + " is due"));
            return Optional.empty();
        }
        for (String[] part : new String[][]{{row.dueDay(), "day"}, {row.dueMonth(), "month"}, {row.dueYear(), "year"}}) {
            if (part[0].isBlank()) {
                errors.add(new FieldError(field + part[1], date + " must include a " + part[1]));
                return Optional.empty();
            }
        }
        try {
            int year = number(row.dueYear());
            if (row.dueYear().trim().length() != 4) {
                errors.add(new FieldError(field + "year", date + " must have a year with 4 numbers"));
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, number(row.dueMonth()), number(row.dueDay())));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(new FieldError(field + "day", date + " must be a real date"));
            return Optional.empty();
        }
    }
}
