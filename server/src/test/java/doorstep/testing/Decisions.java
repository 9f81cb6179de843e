package doorstep.testing;

import doorstep.api.model.ActionRequest;
import doorstep.api.model.DecisionRequest;
import doorstep.api.model.Outcome;
import doorstep.api.model.StrategyDiscussion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Decisions the server accepts, for tests that need a decided contact rather than the decision rules. */
public final class Decisions {

    public static final List<String> ALL_PARTNERS = List.of("police", "health", "education", "social-care");

    private Decisions() {
    }

    /** The outcome and rationale with one action, owned by children's social care and due in a week. */
    public static DecisionRequest withAction(Outcome outcome, String rationale) {
        return new DecisionRequest(outcome, rationale).actions(List.of(action("Allocate a social worker")));
    }

    /** A section 47 decision whose strategy discussion every statutory partner attended. */
    public static DecisionRequest section47(String rationale) {
        return withAction(Outcome.SECTION_47_STRATEGY_DISCUSSION, rationale)
                .strategyDiscussion(new StrategyDiscussion(ALL_PARTNERS, ALL_PARTNERS));
    }

    public static ActionRequest action(String what) {
        return new ActionRequest(what, today().plusDays(7)).ownerAgency("social-care");
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
