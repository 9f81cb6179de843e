package doorstep.console;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeLeftTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PT30S, less than a minute left",
            "PT1M, 1 minute left",
            "PT45M, 45 minutes left",
            "PT1H, 1 hour left",
            "PT2H10M, 2 hours 10 minutes left",
            "PT2H10M59S, 2 hours 10 minutes left",
            "PT24H, 1 day left",
            "PT51H, 2 days 3 hours left",
            "P3DT0H20M, 3 days left",
            "PT0S, overdue by less than a minute",
            "-PT5M, overdue by 5 minutes",
            "-PT1H1M, overdue by 1 hour 1 minute",
            "-PT24H, overdue by 1 day",
            "-PT49H, overdue by 2 days 1 hour",
    })
    void saysTheTimeToTheDeadlineInWords(Duration toDeadline, String words) {
        assertEquals(words, TimeLeft.until(NOW.plus(toDeadline), NOW));
    }
}
