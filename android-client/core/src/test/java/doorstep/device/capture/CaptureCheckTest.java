package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.testing.Incidents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureCheckTest {

    private final CaptureCheck check = new CaptureCheck(
            Clock.fixed(Instant.parse("2025-03-14T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void completeIncidentHasNoProblems() {
        assertEquals(List.of(), check.problems(Incidents.complete()));
    }

    @Test
    void childSeenButNotSpokenToNeedsAReason() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getVoice().spokenTo(false).ownWords(null);

        assertEquals(List.of("Say why Amy was not spoken to."), check.problems(incident));
    }

    @Test
    void childNotSeenNeedsAReason() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getVoice().seen(false).spokenTo(false).ownWords(null);

        assertEquals(List.of("Say why Amy was not seen."), check.problems(incident));
    }

    @Test
    void childNotSpokenToWithAReasonIsComplete() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getVoice().spokenTo(false).ownWords(null).notSpokenToReason("Asleep");

        assertEquals(List.of(), check.problems(incident));
    }

    @Test
    void aMistypedNhsNumberIsCaughtOnThePhone() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).nhsNumber("943 476 5991");

        assertEquals(List.of("Check Amy's NHS number: it should be ten digits, and these are not a real NHS number."
                + " Leave it out if you do not have it to hand."), check.problems(incident));
    }

    @Test
    void anAdultsNhsNumberIsCheckedToo() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getAdults().get(0).nhsNumber("94347659");

        assertEquals(1, check.problems(incident).size());
    }

    @Test
    void oneNhsNumberGivenToTwoPeopleIsQueried() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).nhsNumber("943 476 5919");
        incident.getAdults().get(0).nhsNumber("9434765919");

        assertEquals(List.of("Sam's NHS number is already given to someone else here. Check whose it is."),
                check.problems(incident));
    }

    @Test
    void aValidNhsNumberWithOrWithoutSpacesIsAccepted() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).nhsNumber("943 476 5919");
        incident.getAdults().get(0).nhsNumber("4010232137");

        assertEquals(List.of(), check.problems(incident));
    }

    @Test
    void childSpokenToNeedsTheirOwnWords() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getVoice().ownWords("  ");

        assertEquals(List.of("Write down what Amy said, in their own words."), check.problems(incident));
    }

    @Test
    void incidentWithNoChildrenIsIncomplete() {
        DomesticAbuseIncident incident = Incidents.complete().children(new ArrayList<>());

        assertEquals(List.of("Add the children. Record every child who was there or who normally lives there."),
                check.problems(incident));
    }

    @Test
    void eachChildIsCheckedByName() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.addChildrenItem(Incidents.child("Ben"));
        incident.getChildren().get(1).getVoice().spokenTo(false).ownWords(null);

        assertEquals(List.of("Say why Ben was not spoken to."), check.problems(incident));
    }

    @Test
    void incidentInTheFutureIsQueried() {
        DomesticAbuseIncident incident = Incidents.complete().occurredAt(Incidents.OCCURRED_AT.plusDays(1));

        assertEquals(List.of("The time it happened is in the future. Check the date and time."),
                check.problems(incident));
    }

    @Test
    void highRiskJudgementNeedsAReason() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getRisk().professionalJudgementHigh(true);

        assertEquals(List.of("Say why you judge the risk to be high."), check.problems(incident));
    }

    @Test
    void aChildNotSeenCannotHaveBeenSpokenTo() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getVoice().seen(false);

        assertEquals(List.of("Amy is recorded as spoken to but not seen. Check both answers."), check.problems(incident));
    }

    @Test
    void aChildSpokenToNeedsToSayWhetherAlone() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getVoice().spokenToAlone(null);

        assertEquals(List.of("Say whether Amy was spoken to alone."), check.problems(incident));
    }
}
