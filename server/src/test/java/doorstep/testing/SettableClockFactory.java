package doorstep.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Puts a {@link SettableClock}, starting at the real now (to the millisecond, as the database stores times), in place of the server's clock when a test asks for it. */
@Factory
@Requires(property = SettableClock.PROPERTY, value = "settable")
class SettableClockFactory {

    @Singleton
    @Replaces(Clock.class)
    SettableClock settableClock() {
        return new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
