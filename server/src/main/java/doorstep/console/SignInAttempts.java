package doorstep.console;

import doorstep.console.RecentFailures.Key;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Holds back a password guesser before Firebase is asked: at most so many failed sign-ins per account
 * and per client address in a sliding window (see {@link SignInThrottleConfiguration}). Firebase throttles
 * by source address, which for the console is this server's, so a guesser left to Firebase would lock the
 * whole MASH out. The counts live in this process: each replica counts its own.
 */
@Singleton
class SignInAttempts {

    private final Clock clock;
    private final RecentFailures accounts;
    private final RecentFailures addresses;

    SignInAttempts(SignInThrottleConfiguration limits, Clock clock) {
        this.clock = clock;
        this.accounts = new RecentFailures("account", limits.accountFailures(), limits.window(), limits.trackedAtMost());
        this.addresses = new RecentFailures("address", limits.addressFailures(), limits.window(), limits.trackedAtMost());
    }

    /**
     * Lets one attempt through to Firebase, counted as failed until {@link #succeeded} or {@link #abandoned}
     * say otherwise, so guesses sent side by side cannot pass the limit together.
     *
     * @throws SignInHeldBack when the account or the address has had too many failures in the window, or
     *                        when as many as are remembered have and this one is new to them: refuse it
     */
    synchronized Attempt begin(String email, InetAddress from) throws SignInHeldBack {
        Instant now = clock.instant();
        Attempt attempt = new Attempt(accountKey(email), addressKey(from), now);
        Optional<Duration> held = longer(accounts.heldBack(attempt.account(), now), addresses.heldBack(attempt.address(), now));
        if (held.isPresent()) {
            throw new SignInHeldBack(held.get(), false);
        }
        if (!accounts.hasRoomFor(attempt.account(), now)) {
            throw new SignInHeldBack(accounts.untilRoom(now), true);
        }
        if (!addresses.hasRoomFor(attempt.address(), now)) {
            throw new SignInHeldBack(addresses.untilRoom(now), true);
        }
        accounts.add(attempt.account(), now);
        addresses.add(attempt.address(), now);
        return attempt;
    }

    /** The password was right: the account starts afresh, and the address is not charged for it. */
    synchronized void succeeded(Attempt attempt) {
        accounts.clear(attempt.account());
        addresses.remove(attempt.address(), attempt.at());
    }

    /** Firebase could not be asked (unreachable, timed out): no password was tried, so nothing is counted. */
    synchronized void abandoned(Attempt attempt) {
        accounts.remove(attempt.account(), attempt.at());
        addresses.remove(attempt.address(), attempt.at());
    }

    private static Optional<Duration> longer(Optional<Duration> account, Optional<Duration> address) {
        if (account.isEmpty() || address.isEmpty()) {
            return account.isPresent() ? account : address;
        }
        return Optional.of(account.get().compareTo(address.get()) >= 0 ? account.get() : address.get());
    }

    /** The same account however it is typed: "Triager@Example.org " is "triager@example.org". */
    private static Key accountKey(String email) {
        return Key.of(email.trim().toLowerCase(Locale.ROOT));
    }

    /** An IPv4 address, or an IPv6 address's /64 network, which one household or phone gets whole. */
    private static Key addressKey(InetAddress from) {
        byte[] address = from.getAddress();
        return Key.of(from instanceof Inet6Address ? Arrays.copyOf(address, 8) : address);
    }

    /** One sign-in let through to Firebase. */
    record Attempt(Key account, Key address, Instant at) {
    }
}
