package doorstep.bench.week;

import doorstep.mash.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is on duty when: {@code day} triagers on the day shift (09:00-17:00 on working days, the hours
 * the working-day clock runs) and {@code outOfHours} on duty at every other hour (evenings, nights,
 * weekends and bank holidays), who take red contacts only, as an emergency duty team would, and leave
 * the rest for the day shift. A triager finishes the contact in hand after their shift ends, and
 * takes no new one until their next shift.
 */
record Rota(int day, int outOfHours) {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalTime OPENS = LocalTime.of(9, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    Rota {
        if (day < 0 || outOfHours < 0 || day + outOfHours == 0) {
            throw new IllegalArgumentException("A rota needs at least one triager, and no negative numbers");
        }
    }

    List<Triager> triagers() {
        List<Triager> all = new ArrayList<>();
        for (int i = 1; i <= day; i++) {
            all.add(new Triager("sim-day-" + i, true));
        }
        for (int i = 1; i <= outOfHours; i++) {
            all.add(new Triager("sim-ooh-" + i, false));
        }
        return all;
    }

    String describe() {
        return day + " on the day shift, " + (outOfHours == 0 ? "nobody" : String.valueOf(outOfHours))
                + " out of hours";
    }

    static boolean officeOpen(Instant at) {
        ZonedDateTime local = at.atZone(ArrivalProfile.LONDON);
        LocalTime time = local.toLocalTime();
        return CALENDAR.isWorkingDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /** A triager on the day shift or on out-of-hours cover. */
    record Triager(String uid, boolean dayShift) {

        boolean onDuty(Instant at) {
            return officeOpen(at) == dayShift;
        }

        /** The first moment from {@code at} on (to the minute) when this triager is on duty. */
        Instant nextOnDuty(Instant at) {
            ZonedDateTime cursor = at.atZone(ArrivalProfile.LONDON).withSecond(0).withNano(0).plusMinutes(1);
            while (!onDuty(cursor.toInstant())) {
                cursor = cursor.getMinute() == 0 ? cursor.plusHours(1) : cursor.plusMinutes(60 - cursor.getMinute());
            }
            return cursor.toInstant();
        }
    }
}
