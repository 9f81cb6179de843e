package doorstep.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import doorstep.testing.LogLines;
import doorstep.testing.SettableClock;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed sign-ins counted per account and per client address in a sliding window, for addresses HTTP tests
 * cannot vary (their client is always 127.0.0.1), and memory that stays bounded.
 */
class SignInAttemptsTest {

    private static final String TRIAGER = "triager@example.org";
    private static final String MANAGER = "manager@example.org";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final SignInAttempts attempts = attempts(100_000);
    private final InetAddress office = address("192.0.2.10");
    private final InetAddress home = address("198.51.100.7");

    @Test
    void fiveFailuresHoldTheAccountBackUntilTheOldestIsFifteenMinutesOld() throws Exception {
        for (int minute = 0; minute < 5; minute++) {
            attempts.begin(TRIAGER, office);
            clock.advance(Duration.ofMinutes(1));
        }

        assertEquals(Duration.ofMinutes(10), assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office)).waitFor());
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office));
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> attempts.begin(TRIAGER, office), "the first failure has left the window");
        assertEquals(Duration.ofMinutes(1), assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office)).waitFor(),
                "failing again, it waits for the next oldest");
    }

    @Test
    void theAccountIsTheSameWhateverItsCaseAndTheSpacesAroundIt() throws Exception {
        for (String typed : List.of(TRIAGER, "Triager@Example.org", " TRIAGER@EXAMPLE.ORG", "triager@example.org  ", TRIAGER)) {
            attempts.begin(typed, office);
        }

        assertThrows(SignInHeldBack.class, () -> attempts.begin("TriAger@example.ORG", home));
    }

    @Test
    void anAccountHeldBackHoldsBackNeitherAnotherAccountNorTheAddress() throws Exception {
        failTimes(5, TRIAGER, office);

        assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, home), "held back from any address");
        assertDoesNotThrow(() -> attempts.begin(MANAGER, home));
        assertDoesNotThrow(() -> attempts.begin(MANAGER, office), "the address has only 6 failures of its 50");
    }

    @Test
    void fiftyFailuresFromOneAddressHoldItBackForEveryAccountButNoOtherAddress() throws Exception {
        for (int i = 0; i < 50; i++) {
            attempts.begin("guess-" + i + "@example.org", office);
        }

        SignInHeldBack held = assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office));
        assertEquals(Duration.ofMinutes(15), held.waitFor());
        assertFalse(held.everyone());
        assertDoesNotThrow(() -> attempts.begin(TRIAGER, home));
    }

    @Test
    void theAddressesOfOneIpv6NetworkCountAsOneAddress() throws Exception {
        for (int i = 0; i < 50; i++) {
            attempts.begin("guess-" + i + "@example.org", address("2001:db8:0:1::" + Integer.toHexString(i + 1)));
        }

        assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, address("2001:db8:0:1:ffff::9")));
        assertDoesNotThrow(() -> attempts.begin(TRIAGER, address("2001:db8:0:2::1")), "another /64");
    }

    @Test
    void aSuccessClearsTheAccountsFailuresAndIsNotChargedToTheAddress() throws Exception {
        failTimes(4, TRIAGER, office);
        attempts.succeeded(attempts.begin(TRIAGER, office));

        failTimes(4, TRIAGER, office);
        assertDoesNotThrow(() -> attempts.begin(TRIAGER, office), "four failures since the success");
        for (int i = 0; i < 50 - 9; i++) {
            attempts.begin("guess-" + i + "@example.org", office);
        }
        assertThrows(SignInHeldBack.class, () -> attempts.begin(MANAGER, office), "50 failures; the success was not one");
    }

    @Test
    void guessesSentSideBySideCountBeforeFirebaseAnswersSoTheyCannotPassTheLimitTogether() throws Exception {
        for (int i = 0; i < 5; i++) {
            attempts.begin(TRIAGER, office); // none answered yet
        }

        assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office));
    }

    @Test
    void anAttemptFirebaseNeverAnsweredIsNotCounted() throws Exception {
        failTimes(4, TRIAGER, office);
        attempts.abandoned(attempts.begin(TRIAGER, office));

        assertDoesNotThrow(() -> attempts.begin(TRIAGER, office));
    }

    @Test
    void whenAsManyAccountsAsAreRememberedHaveFailedAnyOtherAccountWaitsAndTheMemoryStopsGrowing() throws Exception {
        SignInAttempts small = attempts(3);
        small.begin("first@example.org", office);
        clock.advance(Duration.ofMinutes(5));
        small.begin("second@example.org", office);
        small.begin("third@example.org", office);

        SignInHeldBack held = assertThrows(SignInHeldBack.class, () -> small.begin("fourth@example.org", office));
        assertTrue(held.everyone());
        assertEquals(Duration.ofMinutes(10), held.waitFor(), "until the first account's failure leaves the window");
        assertDoesNotThrow(() -> small.begin("second@example.org", office), "an account already remembered is counted as before");
        clock.advance(Duration.ofMinutes(10));
        assertDoesNotThrow(() -> small.begin("fourth@example.org", office));
        assertThrows(SignInHeldBack.class, () -> small.begin("fifth@example.org", office), "still three at most");
    }

    @Test
    void whenAsManyAddressesAsAreRememberedHaveFailedAnyOtherAddressWaits() throws Exception {
        SignInAttempts small = attempts(3);
        for (int i = 1; i <= 3; i++) {
            small.begin(TRIAGER, address("192.0.2." + i));
        }

        assertTrue(assertThrows(SignInHeldBack.class, () -> small.begin(TRIAGER, home)).everyone());
    }

    @Test
    void theFirstRefusalLogsWhichLimitWasReachedOnceAndNeverTheEmailOrAddress() throws Exception {
        List<ILoggingEvent> log = LogLines.during(RecentFailures.class.getName(), () -> {
            failTimes(5, TRIAGER, office);
            assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office));
            assertThrows(SignInHeldBack.class, () -> attempts.begin(TRIAGER, office));
        });

        assertEquals(1, log.size(), log.toString());
        ILoggingEvent line = log.get(0);
        assertEquals(Level.INFO, line.getLevel());
        assertTrue(line.getFormattedMessage().contains("an account reached 5 failed sign-ins within PT15M"), line.getFormattedMessage());
        assertFalse(line.getFormattedMessage().toLowerCase().contains("triager"), line.getFormattedMessage());
        assertFalse(line.getFormattedMessage().contains("192.0.2.10"), line.getFormattedMessage());
    }

    private void failTimes(int times, String email, InetAddress from) throws SignInHeldBack {
        for (int i = 0; i < times; i++) {
            attempts.begin(email, from);
        }
    }

    private SignInAttempts attempts(int trackedAtMost) {
        return new SignInAttempts(new SignInThrottleConfiguration(Duration.ofMinutes(15), 5, 50, trackedAtMost), clock);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException notALiteral) {
            throw new IllegalArgumentException(notALiteral);
        }
    }
}
