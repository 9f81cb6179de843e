package doorstep.console;

import doorstep.console.internal.FieldError;
import doorstep.problem.Problem;
import doorstep.problem.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every refusal the contract, the decision rules and the triage queue give a decision, as the
 * field of the form it is about and a message in plain words. A refusal these do not know still shows,
 * against the outcome, so nothing is ever refused without a word.
 */
final class DecisionRefusals {

    static final String CLAIM = "claim";

    private static final Pattern ACTION = Pattern.compile("actions\\[(\\d+)]\\.?(\\w*)");
    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final List<String> ORDER = List.of(CLAIM, "outcome", "stepAcrossTeam", "rationale", "actions",
            "invited", "attended", "missingAgencyReason");

    private DecisionRefusals() {
    }

    /**
     * @param formErrors what the form alone found, which wins over the rules' word on the same field
     * @param rowOf      the form's row index for each action sent, as actions are numbered on the page
     */
    static List<FieldError> of(List<FieldError> formErrors, Optional<Problem> refusal, List<Integer> rowOf) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        formErrors.forEach(error -> byField.putIfAbsent(group(error.field()), error));
        refusal.ifPresent(problem -> fieldErrors(problem, rowOf)
                .forEach(error -> byField.putIfAbsent(group(error.field()), error)));
        List<FieldError> errors = new ArrayList<>(byField.values());
        errors.sort(Comparator.comparingInt(DecisionRefusals::position));
        return errors;
    }

    private static List<FieldError> fieldErrors(Problem problem, List<Integer> rowOf) {
        String slug = problem.type().substring(problem.type().lastIndexOf('/') + 1);
        return switch (slug) {
            case "invalid-request" -> violations(problem).stream().map(v -> fromViolation(v, rowOf)).toList();
            case "actions-required" -> List.of(new FieldError("actions-0-what",
                    "Add at least one action for this outcome: what is to be done, who owns it and when it is due"));
            case "strategy-discussion-incomplete" -> List.of(new FieldError("missingAgencyReason",
                    "Say why " + DecisionWords.inWords(missing(problem)) + " did not attend the strategy discussion"));
            case "contact-not-claimed-by-you", "contact-changed", "not-found" ->
                    List.of(new FieldError(CLAIM, problem.detail()));
            default -> List.of(new FieldError("outcome", problem.detail()));
        };
    }

    private static FieldError fromViolation(Violation violation, List<Integer> rowOf) {
        String field = violation.field();
        String message = violation.message();
        Matcher action = ACTION.matcher(field);
        if (action.matches()) {
            int row = rowOf.get(Integer.parseInt(action.group(1)));
            String id = "actions-" + row + "-";
            return switch (action.group(2)) {
                case "what" -> new FieldError(id + "what", text("What action " + (row + 1) + " is",
                        "Enter what action " + (row + 1) + " is", message));
                case "dueOn" -> new FieldError(id + "due-day", "The date action " + (row + 1) + " is due "
                        + (message.equals("is in the past") ? "must be today or in the future" : message));
                default -> new FieldError(id + "owner", "Select who owns action " + (row + 1));
            };
        }
        return switch (field.replaceAll("\\[\\d+]", "")) {
            case "outcome" -> new FieldError("outcome", "Select the outcome of your decision");
            case "rationale" -> new FieldError("rationale", text("The rationale",
                    "Enter the rationale for your decision", message));
            case "stepAcrossTeam" -> new FieldError("stepAcrossTeam", message.startsWith("is only for")
                    ? "Leave the team empty unless you step this contact across"
                    : text("The team", "Enter the team you are stepping this contact across to", message));
            case "strategyDiscussion" -> new FieldError("invited", message.startsWith("is only for")
                    ? "Leave the strategy discussion empty unless the outcome is a strategy discussion (section 47)"
                    : "Select the agencies invited to the strategy discussion");
            case "strategyDiscussion.invited" -> new FieldError("invited",
                    message.startsWith("names an agency") ? "Select the invited agencies from the list"
                            : "Select the agencies invited to the strategy discussion");
            case "strategyDiscussion.attended" -> new FieldError("attended",
                    "Tick each agency that attended as invited too");
            case "strategyDiscussion.missingAgencyReason" -> new FieldError("missingAgencyReason",
                    text("The reason", "Say why an agency did not attend", message));
            default -> new FieldError("outcome", "Check the decision: " + field + " " + message);
        };
    }

    /** A text field's message: blank, the wrong length, or the text rule's own plain words. */
    private static String text(String label, String whenBlank, String message) {
        if (message.equals("must not be blank") || message.equals("must not be null")) {
            return whenBlank;
        }
        Matcher size = SIZE.matcher(message);
        if (size.find()) {
            return String.format(Locale.UK, "%s must be between %,d and %,d characters", label,
                    Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
        }
        return label + " " + message;
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> violations(Problem problem) {
        return (List<Violation>) problem.extensions().getOrDefault("violations", List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> missing(Problem problem) {
        return (List<String>) problem.extensions().getOrDefault("missingAgencies", List.of());
    }

    /** An action's fields take its row's place; the rest follow the page from top to bottom. */
    private static int position(FieldError error) {
        Matcher row = Pattern.compile("actions-(\\d+)-(what|owner|due)").matcher(error.field());
        int actions = ORDER.indexOf("actions") * 1000;
        if (row.lookingAt()) {
            return actions + Integer.parseInt(row.group(1)) * 3 + List.of("what", "owner", "due").indexOf(row.group(2));
        }
        return ORDER.indexOf(error.field()) * 1000;
    }

    /** A date's day, month and year are one field: one message for the three. */
    private static String group(String field) {
        return field.replaceAll("-due-(day|month|year)$", "-due");
    }
}
