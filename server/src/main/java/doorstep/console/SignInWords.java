package doorstep.console;

import java.time.Duration;

/** What the sign-in page says when a sign-in is refused, in plain words. */
final class SignInWords {

    static final String WRONG_DETAILS = "Enter the email address and password of your Doorstep account";

    private SignInWords() {
    }

    /** This account or this address has failed too often lately (ours or Firebase's count). */
    static String tooManyTries(Duration wait) {
        return "You have tried to sign in too many times. Wait " + minutes(wait) + ", then try again."
                + " If you have forgotten your password, ask your Doorstep administrator.";
    }

    /** So many accounts or addresses have failed lately that no more are remembered: any new one waits. */
    static String tooManyTriesEverywhere(Duration wait) {
        return "Too many people have tried to sign in to Doorstep in the last few minutes. Wait " + minutes(wait)
                + ", then try again. If this keeps happening, tell your Doorstep administrator.";
    }

    /** Whole minutes, rounded up: "1 minute", "15 minutes". */
    static String minutes(Duration wait) {
        long minutes = Math.max(1, wait.plusMinutes(1).minusNanos(1).toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
