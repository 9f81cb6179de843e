package doorstep.bench.week;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Contacts as a Poisson process whose rate changes by hour of the week: each source brings its share
 * of the weekly total in its own shape ({@link Source}); each contact's RAG is drawn from the mix,
 * independently of its source (an assumption).
 */
final class ArrivalProfile {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final double contactsPerWeek;
    private final Map<Source, Double> shares;
    private final double[] ragMix;

    ArrivalProfile(double contactsPerWeek, Map<Source, Double> shares, double[] ragMix) {
        this.contactsPerWeek = contactsPerWeek;
        this.shares = new EnumMap<>(shares);
        this.ragMix = ragMix.clone();
    }

    /** Expected contacts from one source in one local hour of the week. */
    double rate(Source source, DayOfWeek day, int hour) {
        return contactsPerWeek * shares.get(source) * source.weight(day, hour) / source.weeklyWeight();
    }

    double rate(DayOfWeek day, int hour) {
        double sum = 0;
        for (Source source : Source.values()) {
            sum += rate(source, day, hour);
        }
        return sum;
    }

    /** Every contact arriving in [from, to), local hour by local hour, in time order. */
    List<Arrival> sample(ZonedDateTime from, ZonedDateTime to, SplittableRandom random) {
        List<Arrival> arrivals = new ArrayList<>();
        for (ZonedDateTime hour = from; hour.isBefore(to); hour = hour.plusHours(1)) {
            Instant start = hour.toInstant();
            for (Source source : Source.values()) {
                int count = poisson(rate(source, hour.getDayOfWeek(), hour.getHour()), random);
                for (int i = 0; i < count; i++) {
                    Instant at = start.plusMillis(random.nextLong(3_600_000));
                    arrivals.add(new Arrival(new UUID(random.nextLong(), random.nextLong()), at, source, rag(random)));
                }
            }
        }
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    private FrontDoor.Rag rag(SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < ragMix[0]) {
            return FrontDoor.Rag.RED;
        }
        return draw < ragMix[0] + ragMix[1] ? FrontDoor.Rag.AMBER : FrontDoor.Rag.GREEN;
    }

    private static int poisson(double mean, SplittableRandom random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
