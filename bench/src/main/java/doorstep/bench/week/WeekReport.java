package doorstep.bench.week;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The plain-text report on stdout: the inputs, one week in detail, and the staffing sweep. */
final class WeekReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private final PrintStream out;

    WeekReport(PrintStream out) {
        this.out = out;
    }

    void inputs(WeekOptions options, WeekWindow window, ArrivalProfile profile, String deadlines) {
        out.println("inputs:");
        line("week", "Monday " + options.week() + " 00:00 to the next Monday 00:00, Europe/London; "
                + options.warmUpDays() + " days of warm-up before it (contacts arrive and are worked, not reported);"
                + " after it, arrivals and work go on until the week's last contact falls due");
        line("contacts", options.contactsPerWeek() + " a week, Poisson by hour (assumption: Solihull's MASH takes"
                + " roughly 200-300 contacts a week)");
        line("sources", String.format(Locale.ROOT, "police %.0f%%, schools %.0f%%, health %.0f%%, others %.0f%%"
                        + " (near the shares of referrals by source in DfE's children in need statistics);",
                100 * options.sources().get(Source.POLICE), 100 * options.sources().get(Source.SCHOOL),
                100 * options.sources().get(Source.HEALTH), 100 * options.sources().get(Source.OTHER)));
        line("", "shapes by hour and day are assumptions: police peak evenings, nights and weekends; schools in"
                + " school hours on weekdays (term time); health in office hours with a little at night and weekends;"
                + " others in office hours");
        line("RAG mix", String.format(Locale.ROOT, "red %.0f%%, amber %.0f%%, green %.0f%% (assumption), drawn"
                + " independently of the source", 100 * options.ragMix()[0], 100 * options.ragMix()[1],
                100 * options.ragMix()[2]));
        line("deadlines", deadlines);
        line("handling", String.format(Locale.ROOT, "mean red %d, amber %d, green %d minutes a contact (assumption);"
                        + " log-normal, sigma %.1f: about 1 in 20 takes over twice the mean",
                options.handling().red().toMinutes(), options.handling().amber().toMinutes(),
                options.handling().green().toMinutes(), HandlingTimes.SPREAD));
        line("shifts", "day shift 09:00-17:00 on England and Wales working days; out-of-hours cover, where a run"
                + " has it, at every other hour; a triager finishes the contact in hand after the shift ends");
        line("queue", "each free triager claims the top of the server's queue (earliest deadline, then earliest"
                + " received) through the triage service the API uses, works the sampled time, and decides");
        line("breach job", "the server's deadline job, run every " + WeekRun.BREACH_JOB_INTERVAL.toMinutes()
                + " simulated minutes; claims held for 8 hours (a working triager's reads and saves renew them)");
        line("seeds", options.seeds().get(0) + " (the model was tuned on it)" + (options.seeds().size() > 1
                ? ", then " + options.seeds().subList(1, options.seeds().size()) + " (held out: never looked at while tuning)"
                : ""));
        out.println("  expected contacts by day and local hour (the Poisson means):");
        out.println("          00-03 03-06 06-09 09-12 12-15 15-18 18-21 21-24    day");
        for (DayOfWeek day : DayOfWeek.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "    %-5s", day.name().substring(0, 3)));
            double total = 0;
            for (int block = 0; block < 8; block++) {
                double sum = 0;
                for (int hour = block * 3; hour < block * 3 + 3; hour++) {
                    sum += profile.rate(day, hour);
                }
                total += sum;
                row.append(String.format(Locale.ROOT, "%6.1f", sum));
            }
            out.println(row.append(String.format(Locale.ROOT, "%7.1f", total)));
        }
    }

    void detail(String heading, WeekResult result) {
        out.println();
        out.println(heading + ": " + result.rota().describe() + "; " + redClock(result.redOnTwentyFourHours()));
        out.println("  RAG    received   decided in time   breached (undecided at the end)   hours to decision: median  95th");
        for (FrontDoor.Rag rag : FrontDoor.Rag.values()) {
            int received = result.rated(rag).size();
            long inTime = result.inTime(rag);
            out.printf(Locale.ROOT, "  %-6s %8d   %5d (%5.1f%%)   %8d (%d)%28s  %5s%n", rag.name().toLowerCase(Locale.ROOT),
                    received, inTime, 100 * result.inTimeShare(rag), received - inTime, result.undecidedAtStop(rag),
                    hours(result.hoursToDecision(rag, 0.5)), hours(result.hoursToDecision(rag, 0.95)));
        }
        out.println("  backlog (received, not decided) at the end of each day:");
        out.println("                         red amber green  total  overdue");
        for (WeekResult.DayEnd end : result.dayEnds()) {
            out.printf(Locale.ROOT, "    %-18s %5d %5d %5d %6d %8d%n", end.at().minusNanos(1).format(DateTimeFormatter
                            .ofPattern("EEE d MMM", Locale.UK)) + (end == result.dayEnds().get(0) ? " (start)" : ""),
                    end.count(FrontDoor.Rag.RED), end.count(FrontDoor.Rag.AMBER), end.count(FrontDoor.Rag.GREEN),
                    end.undecided().size(), end.overdue());
        }
        WeekResult.DayEnd weekEnd = result.weekEnd();
        out.println("  oldest undecided at the end of the week: " + weekEnd.oldest().map(row -> String.format(Locale.ROOT,
                "%s, received %s, %.1f hours old, %s", row.rag().name().toLowerCase(Locale.ROOT),
                row.receivedAt().atZone(ArrivalProfile.LONDON).format(DAY),
                Duration.between(row.receivedAt(), weekEnd.at().toInstant()).toMinutes() / 60.0,
                row.dueAt().isBefore(weekEnd.at().toInstant()) ? "overdue" : "not yet due")).orElse("none"));
        Duration worked = result.worked().values().stream().reduce(Duration.ZERO, Duration::plus);
        out.printf(Locale.ROOT, "  triager time on contacts over the whole run (warm-up to last deadline): %.0f h%n",
                worked.toMinutes() / 60.0);
    }

    /**
     * @param offeredHours the work the week's expected contacts bring (contacts x mix x mean handling)
     * @param dayShiftHoursEach one day-shift triager's hours in the week
     */
    void sweep(List<StaffingSweep.Line> lines, int upTo, double offeredHours, double dayShiftHoursEach) {
        out.println();
        out.println("  How many triagers keep red contacts in time? Share of the week's contacts decided by their deadline,");
        out.println("  by the number on the day shift (a sweep stops at 100% of red, or once more day staff no longer helps).");
        out.println("  A day shift loaded at 100% or more cannot keep up: its backlog grows every week, so it is never an answer.");
        out.println("  Out-of-hours cover of 1 is someone on duty at every hour the office is shut (128 hours in a week without");
        out.println("  bank holidays: about 3.4 full-time posts on a rota, or an emergency duty team) taking red contacts only:");
        StringBuilder header = new StringBuilder("  red clock        out of hours      ");
        StringBuilder load = new StringBuilder(String.format(Locale.ROOT, "  %-35s", "day-shift load (work offered/hours)"));
        for (int day = 1; day <= upTo; day++) {
            header.append(String.format(Locale.ROOT, "%7d", day));
            load.append(String.format(Locale.ROOT, "%6.0f%%", 100 * offeredHours / (day * dayShiftHoursEach)));
        }
        out.println(header.append("    >=95%   100%  (of red)"));
        out.println(load);
        for (StaffingSweep.Line line : lines) {
            for (FrontDoor.Rag rag : FrontDoor.Rag.values()) {
                StringBuilder row = new StringBuilder(rag != FrontDoor.Rag.RED
                        ? String.format(Locale.ROOT, "  %-35s", "  " + rag.name().toLowerCase(Locale.ROOT))
                        : String.format(Locale.ROOT, "  %-16s %-12s red  ",
                                line.redOnTwentyFourHours() ? "24 hours" : "4 working hours",
                                line.outOfHours() == 0 ? "nobody" : line.outOfHours() + " (reds)"));
                for (int day = 1; day <= upTo; day++) {
                    row.append(day <= line.results().size() ? String.format(Locale.ROOT, "%6.1f%%",
                            100 * line.results().get(day - 1).inTimeShare(rag)) : "      -");
                }
                if (rag == FrontDoor.Rag.RED) {
                    row.append(String.format(Locale.ROOT, "  %7s %6s", fewest(line, 0.95, upTo), fewest(line, 1.0, upTo)));
                }
                out.println(row);
            }
        }
    }

    private static String fewest(StaffingSweep.Line line, double share, int upTo) {
        return line.fewestFor(share).map(String::valueOf)
                .orElse(line.results().size() < upTo ? "never" : ">" + upTo);
    }

    static String redClock(boolean twentyFourHours) {
        return twentyFourHours ? "red on a 24-hour clock" : "red on the working-hours clock";
    }

    private static String hours(Optional<Double> hours) {
        return hours.map(h -> String.format(Locale.ROOT, "%.1f", h)).orElse("-");
    }

    private void line(String name, String text) {
        out.printf(Locale.ROOT, "  %-11s %s%n", name, text);
    }
}
