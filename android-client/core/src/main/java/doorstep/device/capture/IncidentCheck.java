package doorstep.device.capture;

import doorstep.contract.DateRange;
import doorstep.device.api.model.Adult;
import doorstep.device.api.model.Child;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.RiskAnswers;
import doorstep.device.api.model.RiskMarkerRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a domestic abuse incident is missing before it is sealed, in words for a tired officer.
 * The messages name children: show them on screen, never log them.
 */
public final class IncidentCheck {

    private static final CaptureTime OCCURRED = new CaptureTime("Say when it happened.", "The time it happened");

    private final Clock clock;

    public IncidentCheck(Clock clock) {
        this.clock = clock;
    }

    /** The problems to fix, in form order; empty when the incident is ready to send. */
    public List<String> problems(DomesticAbuseIncident incident) {
        List<String> problems = new ArrayList<>();
        OCCURRED.check(incident.getOccurredAt(), clock, problems);
        if (CaptureCheck.isBlank(incident.getNarrative())) {
            problems.add("Say what happened.");
        }
        List<Child> children = CaptureCheck.listOf(incident.getChildren());
        if (children.isEmpty()) {
            problems.add("Add the children. Record every child who was there or who normally lives there.");
        }
        PersonCheck people = new PersonCheck(clock, problems);
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            String name = CaptureText.nameOf(child.getName(), "child " + (i + 1));
            people.name(child.getName(), name);
            VoiceCheck.check(child.getVoice(), name, problems);
            people.nhsNumber(child.getNhsNumber(), name);
            people.mentionId(child.getMentionId(), name);
        }
        List<Adult> adults = CaptureCheck.listOf(incident.getAdults());
        for (int i = 0; i < adults.size(); i++) {
            String name = CaptureText.nameOf(adults.get(i).getName(), "adult " + (i + 1));
            people.nhsNumber(adults.get(i).getNhsNumber(), name);
            people.mentionId(adults.get(i).getMentionId(), name);
        }
        checkRisk(incident.getRisk(), problems);
        checkDates(children, adults, people);
        checkText(incident, new CaptureText(problems));
        return List.copyOf(problems);
    }

    private static void checkRisk(RiskAnswers risk, List<String> problems) {
        if (risk == null) {
            problems.add("Complete the risk checklist.");
            return;
        }
        if (Boolean.TRUE.equals(risk.getProfessionalJudgementHigh()) && CaptureCheck.isBlank(risk.getJudgementReason())) {
            problems.add("Say why you judge the risk to be high.");
        }
    }

    private static void checkDates(List<Child> children, List<Adult> adults, PersonCheck people) {
        for (int i = 0; i < children.size(); i++) {
            people.dateOfBirth(children.get(i).getDateOfBirth(), CaptureText.nameOf(children.get(i).getName(),
                    "child " + (i + 1)));
        }
        for (int i = 0; i < adults.size(); i++) {
            String name = CaptureText.nameOf(adults.get(i).getName(), "adult " + (i + 1));
            people.dateOfBirth(adults.get(i).getDateOfBirth(), name);
            for (RiskMarkerRequest marker : CaptureCheck.listOf(adults.get(i).getKnownRiskMarkers())) {
                people.date(DateRange.RECORDED_ON, marker.getRecordedOn(), "when " + name + "'s risk marker was recorded");
                people.date(DateRange.EXPIRES_ON, marker.getExpiresOn(), "when " + name + "'s risk marker expires");
            }
        }
    }

    private static void checkText(DomesticAbuseIncident incident, CaptureText text) {
        text.multi(incident.getNarrative(), "what happened");
        text.place(incident.getPlace(), "the ");
        List<Child> children = CaptureCheck.listOf(incident.getChildren());
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            String name = CaptureText.nameOf(child.getName(), "child " + (i + 1));
            text.name(child.getName(), name + "'s ");
            text.single(child.getSchool(), name + "'s school");
            text.voice(child.getVoice(), name);
        }
        List<Adult> adults = CaptureCheck.listOf(incident.getAdults());
        for (int i = 0; i < adults.size(); i++) {
            Adult adult = adults.get(i);
            String whose = CaptureText.nameOf(adult.getName(), "adult " + (i + 1)) + "'s ";
            text.name(adult.getName(), whose);
            text.single(adult.getRelationshipToChildren(), whose + "relationship to the children");
            for (RiskMarkerRequest marker : CaptureCheck.listOf(adult.getKnownRiskMarkers())) {
                text.single(marker.getSource(), "where " + whose + "risk marker comes from");
                text.multi(marker.getDetails(), "the details of " + whose + "risk marker");
            }
        }
        if (incident.getRisk() != null) {
            text.multi(incident.getRisk().getJudgementReason(), "why you judge the risk high");
        }
    }
}
