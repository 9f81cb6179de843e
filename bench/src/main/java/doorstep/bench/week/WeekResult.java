package doorstep.bench.week;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one simulated week came to, read back from the contact table: the week's contacts as stored
 * (decided in time or not), the undecided backlog at the end of each day, and how long triagers worked.
 */
record WeekResult(Rota rota, boolean redOnTwentyFourHours, Instant stoppedAt, List<ContactLedger.Row> week,
                  List<DayEnd> dayEnds, Map<FrontDoor.Rag, Duration> worked) {

    /** The backlog at one moment: contacts received and not yet decided. */
    record DayEnd(ZonedDateTime at, List<ContactLedger.Row> undecided) {

        long count(FrontDoor.Rag rag) {
            return undecided.stream().filter(row -> row.rag() == rag).count();
        }

        long overdue() {
            return undecided.stream().filter(row -> row.dueAt().isBefore(at.toInstant())).count();
        }

        Optional<ContactLedger.Row> oldest() {
            return undecided.stream().findFirst();
        }
    }

    static WeekResult read(ContactLedger ledger, String tenantId, WeekWindow window, Rota rota,
                           boolean redOnTwentyFourHours, Instant stoppedAt, Map<FrontDoor.Rag, Duration> worked) {
        List<DayEnd> dayEnds = new ArrayList<>();
        for (ZonedDateTime at = window.weekStart(); !at.isAfter(window.weekEnd()); at = at.plusDays(1)) {
            dayEnds.add(new DayEnd(at, ledger.undecidedAt(tenantId, at.toInstant())));
        }
        return new WeekResult(rota, redOnTwentyFourHours, stoppedAt,
                ledger.receivedBetween(tenantId, window.weekStart().toInstant(), window.weekEnd().toInstant()),
                dayEnds, Map.copyOf(worked));
    }

    List<ContactLedger.Row> rated(FrontDoor.Rag rag) {
        return week.stream().filter(row -> row.rag() == rag).toList();
    }

    long inTime(FrontDoor.Rag rag) {
        return rated(rag).stream().filter(ContactLedger.Row::decidedInTime).count();
    }

    /** Share of the week's contacts of this rating decided by their deadline; 1 when there were none. */
    double inTimeShare(FrontDoor.Rag rag) {
        List<ContactLedger.Row> rows = rated(rag);
        return rows.isEmpty() ? 1 : (double) inTime(rag) / rows.size();
    }

    long undecidedAtStop(FrontDoor.Rag rag) {
        return rated(rag).stream().filter(row -> row.decidedAt().isEmpty()).count();
    }

    /** Elapsed hours from receipt to decision at the given quantile, over the decided; empty if none were. */
    Optional<Double> hoursToDecision(FrontDoor.Rag rag, double quantile) {
        List<Double> hours = rated(rag).stream().filter(row -> row.decidedAt().isPresent())
                .map(row -> Duration.between(row.receivedAt(), row.decidedAt().get()).toSeconds() / 3600.0)
                .sorted().toList();
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hours.get((int) Math.min(hours.size() - 1, Math.ceil(quantile * hours.size()) - 1)));
    }

    DayEnd weekEnd() {
        return dayEnds.get(dayEnds.size() - 1);
    }
}
