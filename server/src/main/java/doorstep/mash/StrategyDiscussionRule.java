package doorstep.mash;

import doorstep.api.model.StrategyDiscussion;
import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who must be at a section 47 strategy discussion (Working Together 2023): police, health, education
 * and children's social care. If any of them did not attend, the triager says why, and the gap is kept.
 */
final class StrategyDiscussionRule {

    static final List<String> STATUTORY_PARTNERS = List.of("police", "health", "education", "social-care");

    private StrategyDiscussionRule() {
    }

    /** Invited agencies must each be named once, and every agency that attended must have been invited. */
    static void checkShape(StrategyDiscussion discussion, List<Violation> violations) {
        List<String> invited = discussion.getInvited();
        if (new HashSet<>(invited).size() != invited.size()) {
            violations.add(new Violation("strategyDiscussion.invited", "names an agency twice; name each once"));
        }
        if (new HashSet<>(discussion.getAttended()).size() != discussion.getAttended().size()) {
            violations.add(new Violation("strategyDiscussion.attended", "names an agency twice; name each once"));
        }
        if (!invited.containsAll(discussion.getAttended())) {
            violations.add(new Violation("strategyDiscussion.attended",
                    "names an agency that was not invited; add it to invited too"));
        }
    }

    /** Of the statutory partners, those that did not attend, in the order above. */
    static List<String> missingAgencies(StrategyDiscussion discussion) {
        Set<String> attended = Set.copyOf(discussion.getAttended());
        return STATUTORY_PARTNERS.stream().filter(agency -> !attended.contains(agency)).toList();
    }

    /** Refuses a discussion a statutory partner missed when no reason is given. */
    static void requireReasonForGaps(StrategyDiscussion discussion) {
        List<String> missing = missingAgencies(discussion);
        String reason = discussion.getMissingAgencyReason();
        if (!missing.isEmpty() && (reason == null || reason.isBlank())) {
            throw new ProblemException(Problem.of("strategy-discussion-incomplete",
                            "Say why an agency was not at the strategy discussion", 400,
                            "Police, health, education and children's social care should all attend a strategy "
                                    + "discussion. Missing: " + String.join(", ", missing)
                                    + ". Give the reason in missingAgencyReason.")
                    .with("missingAgencies", missing));
        }
    }
}
