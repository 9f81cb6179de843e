package doorstep.bench.week;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The week simulation's command line; every input has a default, and all are printed with the report. */
record WeekOptions(int contactsPerWeek, double[] ragMix, HandlingTimes handling, Map<Source, Double> sources,
                   LocalDate week, int warmUpDays, Rota rota, int sweepUpTo, List<Integer> sweepOutOfHours,
                   List<Long> seeds) {

    static final String USAGE = "Usage: bench/week [--contacts-per-week N (250)] [--rag-mix R,A,G (10,30,60 %)]"
            + " [--handling R,A,G (60,40,25 minutes, mean)] [--sources P,S,H,O (29,21,14,36 %: police, schools,"
            + " health, others)] [--week MONDAY (2026-03-02)] [--warm-up-days D (14)] [--triagers N (4, day shift)]"
            + " [--out-of-hours M (0)] [--sweep-up-to N (8; 0: no sweep)] [--sweep-out-of-hours M,... (0,1)]"
            + " [--seeds TUNING,HELD_OUT (20260302,77031)]";

    WeekOptions {
        if (contactsPerWeek < 1 || warmUpDays < 0 || sweepUpTo < 0 || seeds.isEmpty()) {
            throw new IllegalArgumentException("--contacts-per-week must be positive, --warm-up-days and --sweep-up-to"
                    + " at least 0, and --seeds must name at least one seed");
        }
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("--week takes the Monday the week starts on; " + week + " is a "
                    + week.getDayOfWeek());
        }
    }

    static WeekOptions parse(String[] args) {
        int contacts = 250;
        double[] ragMix = {0.10, 0.30, 0.60};
        HandlingTimes handling = new HandlingTimes(Duration.ofMinutes(60), Duration.ofMinutes(40), Duration.ofMinutes(25));
        double[] sourceShares = {0.29, 0.21, 0.14, 0.36};
        LocalDate week = LocalDate.of(2026, 3, 2);
        int warmUp = 14;
        int day = 4;
        int outOfHours = 0;
        int sweepUpTo = 8;
        List<Integer> sweepOutOfHours = List.of(0, 1);
        List<Long> seeds = List.of(20_260_302L, 77_031L);
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--contacts-per-week" -> contacts = whole(option, value);
                case "--rag-mix" -> ragMix = shares(option, value, 3);
                case "--handling" -> {
                    List<Integer> minutes = wholes(option, value);
                    if (minutes.size() != 3 || minutes.stream().anyMatch(m -> m < 1)) {
                        throw new IllegalArgumentException("--handling takes three positive minutes: red,amber,green");
                    }
                    handling = new HandlingTimes(Duration.ofMinutes(minutes.get(0)), Duration.ofMinutes(minutes.get(1)),
                            Duration.ofMinutes(minutes.get(2)));
                }
                case "--sources" -> sourceShares = shares(option, value, 4);
                case "--week" -> week = date(value);
                case "--warm-up-days" -> warmUp = whole(option, value);
                case "--triagers" -> day = whole(option, value);
                case "--out-of-hours" -> outOfHours = whole(option, value);
                case "--sweep-up-to" -> sweepUpTo = whole(option, value);
                case "--sweep-out-of-hours" -> sweepOutOfHours = wholes(option, value);
                case "--seeds" -> seeds = Arrays.stream(value.split(",")).map(String::trim).map(Long::parseLong).toList();
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        Map<Source, Double> sources = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            sources.put(source, sourceShares[source.ordinal()]);
        }
        return new WeekOptions(contacts, ragMix, handling, sources, week, warmUp, new Rota(day, outOfHours), sweepUpTo,
                sweepOutOfHours, seeds);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--week takes a date like 2026-03-02, not " + value);
        }
    }

    private static int whole(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }

    private static List<Integer> wholes(String option, String value) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : value.split(",")) {
            numbers.add(whole(option, part.trim()));
        }
        return numbers;
    }

    /** Percentages that add up to 100, as fractions. */
    private static double[] shares(String option, String value, int count) {
        List<Integer> percents = wholes(option, value);
        if (percents.size() != count || percents.stream().anyMatch(p -> p < 0)
                || percents.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalArgumentException(option + " takes " + count + " percentages adding up to 100, not " + value);
        }
        return percents.stream().mapToDouble(p -> p / 100.0).toArray();
    }
}
