package doorstep.mash;

import doorstep.api.model.Backlog;
import doorstep.api.model.BacklogAgeBand;
import doorstep.api.model.BacklogAgeBandBand;
import doorstep.api.model.BacklogAgency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The undecided contacts counted by age since receipt (every band, empty ones too) and by referring agency. */
final class BacklogFigures {

    /** Each band holds ages from its lower bound up to, not including, the next band's. */
    private static final Map<Duration, String> BANDS_FROM = new TreeMap<>(Map.of(
            Duration.ZERO, "under-1-day",
            Duration.ofDays(1), "1-to-3-days",
            Duration.ofDays(3), "3-to-7-days",
            Duration.ofDays(7), "7-to-30-days",
            Duration.ofDays(30), "over-30-days"));

    private BacklogFigures() {
    }

    static Backlog of(List<ContactClock> undecided, Instant now) {
        Map<String, Long> byBand = undecided.stream()
                .collect(Collectors.groupingBy(contact -> band(Duration.between(contact.receivedAt(), now)),
                        Collectors.counting()));
        Map<String, Long> byAgency = undecided.stream()
                .collect(Collectors.groupingBy(ContactClock::referrerAgency, TreeMap::new, Collectors.counting()));
        Instant oldest = undecided.stream().map(ContactClock::receivedAt).min(Comparator.naturalOrder()).orElse(null);
        return new Backlog(undecided.size(),
                BANDS_FROM.values().stream()
                        .map(band -> new BacklogAgeBand(BacklogAgeBandBand.fromValue(band),
                                byBand.getOrDefault(band, 0L).intValue()))
                        .toList(),
                byAgency.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(entry -> new BacklogAgency(entry.getKey(), entry.getValue().intValue()))
                        .toList())
                .oldestUndecidedReceivedAt(oldest == null ? null : oldest.atOffset(ZoneOffset.UTC))
                .oldestUndecidedAgeSeconds(oldest == null ? null : Duration.between(oldest, now).toSeconds());
    }

    private static String band(Duration age) {
        String band = null;
        for (Map.Entry<Duration, String> from : BANDS_FROM.entrySet()) {
            if (age.compareTo(from.getKey()) >= 0) {
                band = from.getValue();
            }
        }
        return band == null ? BANDS_FROM.get(Duration.ZERO) : band;
    }
}
