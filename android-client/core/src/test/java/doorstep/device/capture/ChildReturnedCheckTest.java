package doorstep.device.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import doorstep.device.api.model.ChildReturned;
import doorstep.device.testing.Returns;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phone holds a "child returned" notice to the server's rules: it starts a 72-hour clock. */
class ChildReturnedCheckTest {

    private final CaptureCheck check = new CaptureCheck(
            Clock.fixed(Instant.parse("2025-03-14T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void completeNoticeHasNoProblems() {
        assertEquals(List.of(), check.problems(Returns.notice()));
    }

    @Test
    void theChildIsNamed() {
        ChildReturned notice = Returns.notice();
        notice.getChild().getName().familyName(" ");

        assertEquals(List.of("Give Kai's first name and surname."), check.problems(notice));
    }

    @Test
    void aChildWithNoNameIsCalledTheChild() {
        ChildReturned notice = Returns.notice();
        notice.getChild().name(null);

        assertEquals(List.of("Give the child's first name and surname."), check.problems(notice));
    }

    @Test
    void goingMissingAfterComingBackIsQueried() {
        ChildReturned notice = Returns.notice().missingFrom(Returns.RETURNED_AT.plusMinutes(1));

        assertEquals(List.of("Kai is recorded as going missing after coming back. Check both times."),
                check.problems(notice));
    }

    @Test
    void goingMissingAndComingBackAtOnceIsAccepted() {
        ChildReturned notice = Returns.notice().missingFrom(Returns.RETURNED_AT);

        assertEquals(List.of(), check.problems(notice));
    }

    @Test
    void aReturnInTheFutureIsQueried() {
        ChildReturned notice = Returns.notice().returnedAt(OffsetDateTime.parse("2025-03-14T05:00:00Z"));

        assertEquals(List.of("The time Kai came back is in the future. Check the date and time."), check.problems(notice));
    }

    @Test
    void bothTimesAreNeeded() {
        ChildReturned notice = Returns.notice().missingFrom(null).returnedAt(null);

        assertEquals(List.of("Say when Kai went missing.", "Say when Kai came back or was found."), check.problems(notice));
    }

    @Test
    void whoReportedTheReturnIsNeeded() {
        ChildReturned notice = Returns.notice().reportedBy("");

        assertEquals(List.of("Say who reported the return."), check.problems(notice));
    }

    @Test
    void whereTheChildWasFoundIsNeeded() {
        ChildReturned notice = Returns.notice().whereFound(null);

        assertEquals(List.of("Say where Kai was found."), check.problems(notice));
    }

    @Test
    void aDateOfBirthInTheFutureIsQueried() {
        ChildReturned notice = Returns.notice();
        notice.getChild().dateOfBirth(LocalDate.of(2025, 4, 1));

        assertEquals(List.of("Check Kai's date of birth: it is in the future."), check.problems(notice));
    }

    @Test
    void aPoliceReferenceIsOneLine() {
        ChildReturned notice = Returns.notice().policeReference("WMP\n123");

        assertEquals(List.of("Check the police reference: it must be on one line: no line breaks or tabs."),
                check.problems(notice));
    }
}
