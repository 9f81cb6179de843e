package doorstep.device.capture;

import doorstep.contract.DateRange;
import doorstep.contract.NhsNumber;
import doorstep.device.api.model.Adult;
import doorstep.device.api.model.Child;
import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.RiskAnswers;
import doorstep.device.api.model.RiskMarkerRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Finds what an incident is missing before it is sealed, in words for a tired officer.
 * The messages name children: show them on screen, never log them.
 */
public final class CaptureCheck {

    private final Clock clock;

    public CaptureCheck(Clock clock) {
        this.clock = clock;
    }

    /** The problems to fix, in form order; empty when the incident is ready to send. */
    public List<String> problems(DomesticAbuseIncident incident) {
        List<String> problems = new ArrayList<>();
        checkIncident(incident, problems);
        List<Child> children = incident.getChildren() == null ? List.of() : incident.getChildren();
        if (children.isEmpty()) {
            problems.add("Add the children. Record every child who was there or who normally lives there.");
        }
        Set<String> nhsNumbers = new HashSet<>();
        for (int i = 0; i < children.size(); i++) {
            checkChild(children.get(i), i + 1, problems);
            checkNhsNumber(children.get(i).getNhsNumber(), nameOf(children.get(i).getName(), "child " + (i + 1)),
                    nhsNumbers, problems);
        }
        List<Adult> adults = incident.getAdults() == null ? List.of() : incident.getAdults();
        for (int i = 0; i < adults.size(); i++) {
            checkNhsNumber(adults.get(i).getNhsNumber(), nameOf(adults.get(i).getName(), "adult " + (i + 1)),
                    nhsNumbers, problems);
        }
        checkRisk(incident.getRisk(), problems);
        checkDates(children, adults, problems);
        CaptureText.check(incident, problems);
        return List.copyOf(problems);
    }

    private void checkIncident(DomesticAbuseIncident incident, List<String> problems) {
        if (incident.getOccurredAt() == null) {
            problems.add("Say when it happened.");
        } else if (incident.getOccurredAt().toInstant().isAfter(clock.instant())) {
            problems.add("The time it happened is in the future. Check the date and time.");
        } else if (DateRange.INCIDENT_TIME.problem(incident.getOccurredAt(), clock).isPresent()) {
            problems.add("The time it happened is before 2000. Check the date.");
        }
        if (isBlank(incident.getNarrative())) {
            problems.add("Say what happened.");
        }
    }

    private static void checkChild(Child child, int position, List<String> problems) {
        String name = nameOf(child.getName(), "child " + position);
        if (child.getName() == null || isBlank(child.getName().getGivenName()) || isBlank(child.getName().getFamilyName())) {
            problems.add("Give " + name + "'s first name and surname.");
        }
        ChildVoice voice = child.getVoice();
        if (voice == null || voice.getSeen() == null || voice.getSpokenTo() == null) {
            problems.add("Say whether " + name + " was seen and spoken to.");
            return;
        }
        boolean seen = voice.getSeen();
        boolean spokenTo = voice.getSpokenTo();
        if (!seen && !spokenTo && isBlank(voice.getNotSpokenToReason())) {
            problems.add("Say why " + name + " was not seen.");
        } else if (seen && !spokenTo && isBlank(voice.getNotSpokenToReason())) {
            problems.add("Say why " + name + " was not spoken to.");
        }
        if (spokenTo && isBlank(voice.getOwnWords())) {
            problems.add("Write down what " + name + " said, in their own words.");
        }
    }

    /**
     * A mistyped NHS number, or one given to two people, would link a person to someone else, so it
     * is caught here, on the phone, while the person is still there to ask.
     */
    private static void checkNhsNumber(String nhsNumber, String name, Set<String> seen, List<String> problems) {
        if (nhsNumber == null) {
            return;
        }
        if (!NhsNumber.isValid(nhsNumber)) {
            problems.add("Check " + name + "'s NHS number: it should be ten digits, and these are not a real NHS number."
                    + " Leave it out if you do not have it to hand.");
        } else if (!seen.add(NhsNumber.digitsOf(nhsNumber))) {
            problems.add(name + "'s NHS number is already given to someone else here. Check whose it is.");
        }
    }

    private static void checkRisk(RiskAnswers risk, List<String> problems) {
        if (risk == null) {
            problems.add("Complete the risk checklist.");
            return;
        }
        if (Boolean.TRUE.equals(risk.getProfessionalJudgementHigh()) && isBlank(risk.getJudgementReason())) {
            problems.add("Say why you judge the risk to be high.");
        }
    }

    /** Dates as the server will range them (the contract's x-date-range), while they can still be asked. */
    private void checkDates(List<Child> children, List<Adult> adults, List<String> problems) {
        for (int i = 0; i < children.size(); i++) {
            checkDate(DateRange.DATE_OF_BIRTH, children.get(i).getDateOfBirth(),
                    nameOf(children.get(i).getName(), "child " + (i + 1)) + "'s date of birth", problems);
        }
        for (int i = 0; i < adults.size(); i++) {
            String who = nameOf(adults.get(i).getName(), "adult " + (i + 1)) + "'s ";
            checkDate(DateRange.DATE_OF_BIRTH, adults.get(i).getDateOfBirth(), who + "date of birth", problems);
            List<RiskMarkerRequest> markers = adults.get(i).getKnownRiskMarkers() == null ? List.of()
                    : adults.get(i).getKnownRiskMarkers();
            for (RiskMarkerRequest marker : markers) {
                checkDate(DateRange.RECORDED_ON, marker.getRecordedOn(), "when " + who + "risk marker was recorded",
                        problems);
                checkDate(DateRange.EXPIRES_ON, marker.getExpiresOn(), "when " + who + "risk marker expires", problems);
            }
        }
    }

    private void checkDate(DateRange range, @Nullable LocalDate date, String label, List<String> problems) {
        if (date != null) {
            range.problem(date, clock).ifPresent(problem -> problems.add("Check " + label + ": it " + problem + "."));
        }
    }

    private static String nameOf(PersonName name, String otherwise) {
        return CaptureText.nameOf(name, otherwise);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
