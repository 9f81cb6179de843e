package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.RiskMarkerRequest;
import doorstep.device.testing.Incidents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phone refuses the dates and the hidden characters the server would, in words for the officer. */
class CaptureRulesTest {

    private static final String HIDDEN = "it holds a hidden control or formatting character (it may have been pasted in);"
            + " retype it.";

    private final CaptureCheck check = new CaptureCheck(
            Clock.fixed(Instant.parse("2025-03-14T03:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"Amy\u0000", "Amy\u0007", "\u001B[2JAmy", "\u202EymA", "\u2066Amy\u2069"})
    void aHiddenCharacterInAChildsNameIsQueriedWithoutShowingTheName(String givenName) {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).getName().givenName(givenName);

        assertEquals(List.of("Check child 1's first name: " + HIDDEN), check.problems(incident));
    }

    @Test
    void aNameIsOneLine() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getAdults().get(0).getName().familyName("Example\nJones");

        assertEquals(List.of("Check Sam's surname: it must be on one line: no line breaks or tabs."),
                check.problems(incident));
    }

    @Test
    void aChildsWordsKeepTheirLineBreaksButNoHiddenCharacters() {
        DomesticAbuseIncident incident = Incidents.complete().narrative("Shouting.\r\nThen quiet.\tNeighbour called.");
        incident.getChildren().get(0).getVoice().ownWords("Daddy \u202Edehsup\u202C me\nthen left");

        assertEquals(List.of("Check Amy's own words: " + HIDDEN), check.problems(incident));
    }

    @Test
    void aPostcodeWithABidiOverrideIsQueried() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getPlace().postcode("EX1\u202E1AA");

        assertEquals(List.of("Check the postcode: " + HIDDEN), check.problems(incident));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "1500-06-15", "0001-01-01", "2025-03-15"})
    void aDateOfBirthOutOfRangeIsQueried(String dateOfBirth) {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getChildren().get(0).dateOfBirth(LocalDate.parse(dateOfBirth));

        assertEquals(1, check.problems(incident).size());
        assertEquals(true, check.problems(incident).get(0).startsWith("Check Amy's date of birth: it "));
    }

    @Test
    void anIncidentBefore2000IsQueried() {
        DomesticAbuseIncident incident = Incidents.complete().occurredAt(OffsetDateTime.parse("1999-12-31T23:00:00Z"));

        assertEquals(List.of("The time it happened is before 2000. Check the date."), check.problems(incident));
    }

    @Test
    void aKnownRiskMarkerRecordedInTheFutureIsQueried() {
        DomesticAbuseIncident incident = Incidents.complete();
        incident.getAdults().get(0).addKnownRiskMarkersItem(new RiskMarkerRequest()
                .kind(doorstep.device.api.model.RiskMarkerKind.WEAPONS).source("Police")
                .recordedOn(LocalDate.of(2025, 3, 20)));

        assertEquals(List.of("Check when Sam's risk marker was recorded: it is in the future."), check.problems(incident));
    }
}
