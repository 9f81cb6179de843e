package doorstep.console.internal;

import java.util.List;

/** A decision on the contact as recorded: never changed, so a correction shows as a decision of its own. */
public record DecisionMade(String outcome, String decidedBy, String decidedAt, String rationale, List<String> actions) {
}
