package doorstep.device.capture;

import doorstep.contract.DateRange;
import doorstep.device.api.model.EarlyHelpVisit;
import doorstep.device.api.model.Escalation;
import doorstep.device.api.model.FamilyAdult;
import doorstep.device.api.model.FamilyRelationship;
import doorstep.device.api.model.NextAction;
import doorstep.device.api.model.VisitAnalysis;
import doorstep.device.api.model.VisitChild;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Finds what an early help visit is missing before it is sealed, with the rules the server applies,
 * in words for a tired worker. The messages name children: show them on screen, never log them.
 */
public final class EarlyHelpVisitCheck {

    private static final CaptureTime VISITED = new CaptureTime("Say when the visit was.", "The time of the visit");

    private final Clock clock;

    public EarlyHelpVisitCheck(Clock clock) {
        this.clock = clock;
    }

    /** The problems to fix, in form order; empty when the visit is ready to send. */
    public List<String> problems(EarlyHelpVisit visit) {
        List<String> problems = new ArrayList<>();
        if (!EarlyHelpVisits.FORM_VERSION.equals(visit.getFormVersion())) {
            problems.add("This visit was made on a form the service no longer takes. Update the app and record it again.");
        }
        VISITED.check(visit.getVisitedAt(), clock, problems);
        PersonCheck people = new PersonCheck(clock, problems);
        Map<UUID, String> names = new HashMap<>();
        List<VisitChild> children = CaptureCheck.listOf(visit.getChildren());
        if (children.isEmpty()) {
            problems.add("Add the children. Record every child who lives in the household.");
        }
        for (int i = 0; i < children.size(); i++) {
            VisitChild child = children.get(i);
            String name = CaptureText.nameOf(child.getName(), "child " + (i + 1));
            names.put(child.getMentionId(), name);
            people.name(child.getName(), name);
            VoiceCheck.check(child.getVoice(), name, problems);
            if (child.getVoice() != null && Boolean.TRUE.equals(child.getVoice().getSeen()) && child.getSeenAlone() == null) {
                problems.add("Say whether you saw " + name + " alone.");
            }
            people.nhsNumber(child.getNhsNumber(), name);
            people.dateOfBirth(child.getDateOfBirth(), name);
            people.mentionId(child.getMentionId(), name);
        }
        List<FamilyAdult> adults = CaptureCheck.listOf(visit.getAdults());
        for (int i = 0; i < adults.size(); i++) {
            FamilyAdult adult = adults.get(i);
            String name = CaptureText.nameOf(adult.getName(), "adult " + (i + 1));
            names.put(adult.getMentionId(), name);
            people.name(adult.getName(), name);
            if (adult.getRole() == null) {
                problems.add("Say who " + name + " is in the family.");
            }
            people.nhsNumber(adult.getNhsNumber(), name);
            people.dateOfBirth(adult.getDateOfBirth(), name);
            people.mentionId(adult.getMentionId(), name);
        }
        checkRelationships(CaptureCheck.listOf(visit.getRelationships()), names, problems);
        checkAnalysis(visit.getAnalysis(), problems);
        checkNextActions(CaptureCheck.listOf(visit.getNextActions()), visitDay(visit), problems);
        checkEscalation(visit.getEscalation(), problems);
        checkText(visit, new CaptureText(problems));
        return List.copyOf(problems);
    }

    private static void checkRelationships(List<FamilyRelationship> relationships, Map<UUID, String> names,
            List<String> problems) {
        for (FamilyRelationship relationship : relationships) {
            String from = names.get(relationship.getFromMentionId());
            String to = names.get(relationship.getToMentionId());
            if (from == null || to == null) {
                problems.add("A relationship names someone who is not in this visit. Remove it and add it again.");
            } else if (relationship.getFromMentionId().equals(relationship.getToMentionId())) {
                problems.add("A relationship links " + from + " to themselves. Check who it is between.");
            } else if (relationship.getKind() == null) {
                problems.add("Say how " + from + " is related to " + to + ".");
            }
        }
    }

    private static void checkAnalysis(@Nullable VisitAnalysis analysis, List<String> problems) {
        VisitAnalysis parts = analysis == null ? new VisitAnalysis() : analysis;
        if (CaptureCheck.isBlank(parts.getWorkingWell())) {
            problems.add("Say what is working well.");
        }
        if (CaptureCheck.isBlank(parts.getWorriedAbout())) {
            problems.add("Say what you are worried about.");
        }
        if (CaptureCheck.isBlank(parts.getNeedsToHappen())) {
            problems.add("Say what needs to happen.");
        }
    }

    private static void checkNextActions(List<NextAction> actions, @Nullable LocalDate visitDay, List<String> problems) {
        for (int i = 0; i < actions.size(); i++) {
            NextAction action = actions.get(i);
            String which = "next action " + (i + 1);
            if (CaptureCheck.isBlank(action.getAction())) {
                problems.add("Say what " + which + " is.");
            }
            if (CaptureCheck.isBlank(action.getOwner())) {
                problems.add("Say who will do " + which + ".");
            }
            LocalDate due = action.getDueOn();
            if (due != null && visitDay != null && due.isBefore(visitDay)) {
                problems.add("The due date of " + which + " is before the visit. Check the date.");
            } else if (due != null && visitDay != null && due.isAfter(visitDay.plusYears(2))) {
                problems.add("The due date of " + which + " is more than two years after the visit. Check the date.");
            }
        }
    }

    private static void checkEscalation(@Nullable Escalation escalation, List<String> problems) {
        if (escalation == null || escalation.getEscalate() == null) {
            problems.add("Say whether you are escalating this visit to the MASH.");
            return;
        }
        if (escalation.getEscalate() && CaptureCheck.isBlank(escalation.getReason())) {
            problems.add("Say why you are escalating to the MASH.");
        }
        if (!escalation.getEscalate() && Boolean.TRUE.equals(escalation.getImmediateRisk())) {
            problems.add("You named an immediate risk to a child: escalate to the MASH, or take the immediate risk off.");
        }
    }

    @Nullable
    private static LocalDate visitDay(EarlyHelpVisit visit) {
        return visit.getVisitedAt() == null ? null
                : visit.getVisitedAt().atZoneSameInstant(DateRange.ENGLAND).toLocalDate();
    }

    private static void checkText(EarlyHelpVisit visit, CaptureText text) {
        text.place(visit.getPlace(), "the ");
        List<VisitChild> children = CaptureCheck.listOf(visit.getChildren());
        for (int i = 0; i < children.size(); i++) {
            String name = CaptureText.nameOf(children.get(i).getName(), "child " + (i + 1));
            text.name(children.get(i).getName(), name + "'s ");
            text.single(children.get(i).getSchool(), name + "'s school");
            text.voice(children.get(i).getVoice(), name);
        }
        List<FamilyAdult> adults = CaptureCheck.listOf(visit.getAdults());
        for (int i = 0; i < adults.size(); i++) {
            text.name(adults.get(i).getName(), CaptureText.nameOf(adults.get(i).getName(), "adult " + (i + 1)) + "'s ");
        }
        if (visit.getAnalysis() != null) {
            text.multi(visit.getAnalysis().getWorkingWell(), "what is working well");
            text.multi(visit.getAnalysis().getWorriedAbout(), "what you are worried about");
            text.multi(visit.getAnalysis().getNeedsToHappen(), "what needs to happen");
        }
        List<NextAction> actions = CaptureCheck.listOf(visit.getNextActions());
        for (int i = 0; i < actions.size(); i++) {
            text.multi(actions.get(i).getAction(), "next action " + (i + 1));
            text.single(actions.get(i).getOwner(), "who will do next action " + (i + 1));
        }
        if (visit.getEscalation() != null) {
            text.multi(visit.getEscalation().getReason(), "why you are escalating");
        }
    }
}
