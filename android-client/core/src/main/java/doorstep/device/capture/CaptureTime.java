package doorstep.device.capture;

import doorstep.contract.DateRange;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import javax.annotation.Nullable;

/**
 * When something happened, checked as the server ranges it: given, not in the future by the
 * phone's clock, not before 2000.
 *
 * @param missing what to say when the time is not given
 * @param subject the time as a sentence starts with it, e.g. "The time of the visit"
 */
record CaptureTime(String missing, String subject) {

    void check(@Nullable OffsetDateTime at, Clock clock, List<String> problems) {
        if (at == null) {
            problems.add(missing);
        } else if (at.toInstant().isAfter(clock.instant())) {
            problems.add(subject + " is in the future. Check the date and time.");
        } else if (DateRange.INCIDENT_TIME.problem(at, clock).isPresent()) {
            problems.add(subject + " is before 2000. Check the date.");
        }
    }
}
