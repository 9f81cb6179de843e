package doorstep.bench.week;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * "How many triagers keep red contacts in time": the same week run again with 1, 2, ... triagers on
 * the day shift (and a fixed out-of-hours cover), until every red contact is decided in time or more
 * day staff stops helping, because the week's contacts were all decided and the reds still missed
 * are out of hours. A day shift smaller than {@code fewestKeepingUp} is offered more work than it has
 * hours: its backlog grows week on week, so however a simulated week turns out it is not an answer.
 */
final class StaffingSweep {

    /** One line of the sweep: a red clock and an out-of-hours cover, and what each day-shift size gave. */
    record Line(boolean redOnTwentyFourHours, int outOfHours, int fewestKeepingUp, List<WeekResult> results) {

        /** The fewest day-shift triagers, keeping up, for which at least {@code share} of red contacts were in time. */
        Optional<Integer> fewestFor(double share) {
            return results.stream().filter(result -> result.rota().day() >= fewestKeepingUp)
                    .filter(result -> result.inTimeShare(FrontDoor.Rag.RED) >= share - 1e-9)
                    .map(result -> result.rota().day()).findFirst();
        }
    }

    private final int upTo;
    private final int fewestKeepingUp;
    private final BiFunction<Rota, Boolean, WeekResult> runner;

    StaffingSweep(int upTo, int fewestKeepingUp, BiFunction<Rota, Boolean, WeekResult> runner) {
        this.upTo = upTo;
        this.fewestKeepingUp = fewestKeepingUp;
        this.runner = runner;
    }

    Line sweep(boolean redOnTwentyFourHours, int outOfHours) {
        List<WeekResult> results = new ArrayList<>();
        for (int day = 1; day <= upTo; day++) {
            WeekResult result = runner.apply(new Rota(day, outOfHours), redOnTwentyFourHours);
            results.add(result);
            if (day >= fewestKeepingUp && (result.inTimeShare(FrontDoor.Rag.RED) >= 1 || noBetterThanOneFewer(results))) {
                break;
            }
        }
        return new Line(redOnTwentyFourHours, outOfHours, fewestKeepingUp, results);
    }

    private static boolean noBetterThanOneFewer(List<WeekResult> results) {
        if (results.size() < 2) {
            return false;
        }
        WeekResult last = results.get(results.size() - 1);
        WeekResult before = results.get(results.size() - 2);
        boolean keptUp = last.week().stream().allMatch(row -> row.decidedAt().isPresent());
        return keptUp && last.inTimeShare(FrontDoor.Rag.RED) <= before.inTimeShare(FrontDoor.Rag.RED);
    }
}
