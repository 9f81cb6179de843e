package doorstep.console;

import java.time.Duration;

/**
 * A sign-in refused before Firebase is asked, because of recent failures: the sign-in page says how long to
 * wait. {@code everyone} when Doorstep remembers as many failing accounts or addresses as it may, and so
 * holds back any it does not know yet (see {@link SignInAttempts}).
 */
final class SignInHeldBack extends Exception {

    private final Duration wait;
    private final boolean everyone;

    SignInHeldBack(Duration wait, boolean everyone) {
        super(null, null, false, false);
        this.wait = wait;
        this.everyone = everyone;
    }

    Duration waitFor() {
        return wait;
    }

    boolean everyone() {
        return everyone;
    }
}
