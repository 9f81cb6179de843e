package doorstep.device.capture;

import doorstep.contract.DateRange;
import doorstep.contract.NhsNumber;
import doorstep.device.api.model.PersonName;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * What every kind asks of each person it names: a name, a real NHS number given to nobody else in the
 * capture, a date of birth in range, and a record id of its own. One instance per capture.
 */
final class PersonCheck {

    private final Clock clock;
    private final List<String> problems;
    private final Set<String> nhsNumbers = new HashSet<>();
    private final Set<UUID> mentionIds = new HashSet<>();

    PersonCheck(Clock clock, List<String> problems) {
        this.clock = clock;
        this.problems = problems;
    }

    void name(@Nullable PersonName name, String who) {
        if (name == null || CaptureCheck.isBlank(name.getGivenName()) || CaptureCheck.isBlank(name.getFamilyName())) {
            problems.add("Give " + who + "'s first name and surname.");
        }
    }

    /**
     * A mistyped NHS number, or one given to two people, would link a person to someone else, so it
     * is caught here, on the phone, while the person is still there to ask.
     */
    void nhsNumber(@Nullable String nhsNumber, String who) {
        if (nhsNumber == null) {
            return;
        }
        if (!NhsNumber.isValid(nhsNumber)) {
            problems.add("Check " + who + "'s NHS number: it should be ten digits, and these are not a real NHS number."
                    + " Leave it out if you do not have it to hand.");
        } else if (!nhsNumbers.add(NhsNumber.digitsOf(nhsNumber))) {
            problems.add(who + "'s NHS number is already given to someone else here. Check whose it is.");
        }
    }

    void dateOfBirth(@Nullable LocalDate dateOfBirth, String who) {
        date(DateRange.DATE_OF_BIRTH, dateOfBirth, who + "'s date of birth");
    }

    /** Dates as the server will range them (the contract's x-date-range), while they can still be asked. */
    void date(DateRange range, @Nullable LocalDate date, String label) {
        if (date != null) {
            range.problem(date, clock).ifPresent(problem -> problems.add("Check " + label + ": it " + problem + "."));
        }
    }

    /** The app gives each person a record id; one used twice means the same person was added twice. */
    void mentionId(@Nullable UUID mentionId, String who) {
        if (mentionId != null && !mentionIds.add(mentionId)) {
            problems.add(who + " is entered twice as the same person. Remove one of them.");
        }
    }

    boolean mentions(@Nullable UUID mentionId) {
        return mentionIds.contains(mentionId);
    }
}
