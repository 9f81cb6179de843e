package doorstep.console.internal;

import java.util.Collections;
import java.util.List;

/**
 * The decision form as typed, every value kept as text so a refused form shows what was entered.
 *
 * @param outcome the outcome's contract value, "" when none is chosen
 * @param invited agency codes ticked as invited to a strategy discussion
 */
public record DecisionForm(String outcome, String stepAcrossTeam, String rationale, List<ActionRow> actions,
                           List<String> invited, List<String> attended, String missingAgencyReason) {

    /** One action row as typed; the owner is an agency code, {@link #OWNER_ME}, or "" for none. */
    public record ActionRow(String what, String owner, String dueDay, String dueMonth, String dueYear) {

        public static final String OWNER_ME = "me";

        public static ActionRow blankRow() {
            return new ActionRow("", "", "", "", "");
        }

        public boolean blank() {
            return (what + owner + dueDay + dueMonth + dueYear).isBlank();
        }
    }

    /** The most action rows the form takes: one decision rarely needs more, and the API takes no more. */
    public static final int MOST_ACTIONS = 50;

    public static DecisionForm empty(int rows) {
        return new DecisionForm("", "", "", Collections.nCopies(rows, ActionRow.blankRow()), List.of(), List.of(), "");
    }

    public boolean roomForAnotherAction() {
        return actions.size() < MOST_ACTIONS;
    }

    public DecisionForm withAnotherRow() {
        List<ActionRow> more = new java.util.ArrayList<>(actions);
        more.add(ActionRow.blankRow());
        return new DecisionForm(outcome, stepAcrossTeam, rationale, more, invited, attended, missingAgencyReason);
    }
}
