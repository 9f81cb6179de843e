package doorstep.capture.earlyhelp;

import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.Escalation;
import doorstep.api.model.FamilyRelationship;
import doorstep.api.model.NextAction;
import doorstep.api.model.VisitChild;
import doorstep.capture.ChildVoiceRule;
import doorstep.capture.InvalidCapture;
import doorstep.capture.NhsNumbersInACapture;
import doorstep.capture.StrictCaptureReader;
import doorstep.capture.UnknownDefinition;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads an opened early help visit and checks it is complete: the schema's constraints, then the
 * rules a schema cannot say (a known form, every child's voice or the reason why not, relationships
 * between people of this visit, a reason for escalating). Messages name the field and say what to
 * do; they never repeat what was written.
 */
@Singleton
class VisitValidator {

    static final String SCHEMA = "EarlyHelpVisit";

    private final StrictCaptureReader strict;

    VisitValidator(StrictCaptureReader strict) {
        this.strict = strict;
    }

    EarlyHelpVisit read(byte[] plaintext) throws UnknownDefinition, InvalidCapture {
        EarlyHelpVisit visit = strict.bind(plaintext, SCHEMA, EarlyHelpVisit.class, "an early help visit");
        // A form this server does not know was filled in on a newer or an outdated app: none of it can be trusted.
        if (!VisitForms.knows(visit.getFormVersion())) {
            throw new UnknownDefinition();
        }
        List<Violation> violations = strict.constraints(visit);
        if (violations.isEmpty()) {
            Set<UUID> mentioned = checkMentions(visit, violations);
            checkNhsNumbers(visit, violations);
            checkChildren(visit.getChildren(), violations);
            checkRelationships(visit.getRelationships(), mentioned, violations);
            checkEscalation(visit.getEscalation(), violations);
            checkNextActions(visit.getNextActions(), visit.getVisitedAt().toLocalDate(), violations);
        }
        StrictCaptureReader.refuseIfAny(violations);
        return visit;
    }

    /** Each person is stored and related under their mention id, so one id names one person. */
    private static Set<UUID> checkMentions(EarlyHelpVisit visit, List<Violation> violations) {
        Set<UUID> mentioned = new HashSet<>();
        for (int i = 0; i < visit.getAdults().size(); i++) {
            if (!mentioned.add(visit.getAdults().get(i).getMentionId())) {
                violations.add(new Violation("adults[" + i + "].mentionId", "is used for another person in this visit"));
            }
        }
        for (int i = 0; i < visit.getChildren().size(); i++) {
            if (!mentioned.add(visit.getChildren().get(i).getMentionId())) {
                violations.add(new Violation("children[" + i + "].mentionId", "is used for another person in this visit"));
            }
        }
        return mentioned;
    }

    /** Each NHS number passes its check and belongs to one person: shared, it would file one person under another. */
    private static void checkNhsNumbers(EarlyHelpVisit visit, List<Violation> violations) {
        NhsNumbersInACapture numbers = new NhsNumbersInACapture(violations);
        for (int i = 0; i < visit.getAdults().size(); i++) {
            numbers.check("adults[" + i + "].nhsNumber", visit.getAdults().get(i).getNhsNumber());
        }
        for (int i = 0; i < visit.getChildren().size(); i++) {
            numbers.check("children[" + i + "].nhsNumber", visit.getChildren().get(i).getNhsNumber());
        }
    }

    private static void checkChildren(List<VisitChild> children, List<Violation> violations) {
        for (int i = 0; i < children.size(); i++) {
            VisitChild child = children.get(i);
            String at = "children[" + i + "]";
            ChildVoiceRule.check(child.getVoice(), at + ".voice", violations);
            if (child.getVoice().getSeen() && child.getSeenAlone() == null) {
                violations.add(new Violation(at + ".seenAlone", "say whether you saw the child alone"));
            } else if (!child.getVoice().getSeen() && Boolean.TRUE.equals(child.getSeenAlone())) {
                violations.add(new Violation(at + ".seenAlone", "a child not seen cannot have been seen alone"));
            }
        }
    }

    private static void checkRelationships(List<FamilyRelationship> relationships, Set<UUID> mentioned,
                                           List<Violation> violations) {
        if (relationships == null) {
            return;
        }
        for (int i = 0; i < relationships.size(); i++) {
            FamilyRelationship relationship = relationships.get(i);
            String at = "relationships[" + i + "]";
            if (!mentioned.contains(relationship.getFromMentionId())) {
                violations.add(new Violation(at + ".fromMentionId", "is not an adult or child of this visit"));
            }
            if (!mentioned.contains(relationship.getToMentionId())) {
                violations.add(new Violation(at + ".toMentionId", "is not an adult or child of this visit"));
            }
            if (relationship.getFromMentionId().equals(relationship.getToMentionId())) {
                violations.add(new Violation(at + ".toMentionId", "is the same person; a person is nothing to themself"));
            }
        }
    }

    private static void checkEscalation(Escalation escalation, List<Violation> violations) {
        if (escalation.getEscalate() && blank(escalation.getReason())) {
            violations.add(new Violation("escalation.reason", "say why you are escalating to the MASH"));
        }
        if (!escalation.getEscalate() && Boolean.TRUE.equals(escalation.getImmediateRisk())) {
            violations.add(new Violation("escalation.immediateRisk",
                    "a child at immediate risk must be escalated to the MASH; escalate, or untick immediate risk"));
        }
    }

    /** A next action falls due from the day of the visit, and within two years of it. */
    private static void checkNextActions(List<NextAction> actions, LocalDate visitDay, List<Violation> violations) {
        for (int i = 0; i < actions.size(); i++) {
            LocalDate due = actions.get(i).getDueOn();
            if (due == null) {
                continue;
            }
            if (due.isBefore(visitDay)) {
                violations.add(new Violation("nextActions[" + i + "].dueOn", "is before the visit; give a date from the visit on"));
            } else if (due.isAfter(visitDay.plusYears(2))) {
                violations.add(new Violation("nextActions[" + i + "].dueOn", "is more than two years after the visit"));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
