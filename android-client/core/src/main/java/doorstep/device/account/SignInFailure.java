package doorstep.device.account;

/** Why a sign-in or a quiet refresh failed, each in words the officer can act on. */
public enum SignInFailure {
    /** Also for an unknown email: saying which of the two was wrong would help a guesser. */
    WRONG_PASSWORD("That email address and password do not match. Check them and try again."),
    TOO_MANY_ATTEMPTS("Too many tries. Wait a few minutes, then try again, or ask your team to reset your password."),
    ACCOUNT_DISABLED("Your account is switched off. Ask your team to switch it back on."),
    NO_SIGNAL("No signal. Move to where there is signal, then try again."),
    SIGNED_OUT("You have been signed out. Sign in again."),
    /** The server refused to enrol this phone for this account (403 or 409). */
    PHONE_NOT_ALLOWED("This account cannot use Doorstep on this phone. Ask your team to set it up for you."),
    /** Another officer's captures, drafts and tasks are on this phone: they would go out under this account. */
    ANOTHER_OFFICERS_PHONE("This phone holds another officer's work. Sign in as them, or ask your team to wipe the phone first."),
    SERVICE_TROUBLE("Sign-in is not working just now. Try again in a few minutes.");

    private final String advice;

    SignInFailure(String advice) {
        this.advice = advice;
    }

    public String advice() {
        return advice;
    }

    /** Maps Firebase Auth's error code (the message's first word) to what the officer can do. */
    static SignInFailure fromFirebase(String code) {
        return switch (code) {
            case "INVALID_PASSWORD", "EMAIL_NOT_FOUND", "INVALID_LOGIN_CREDENTIALS", "INVALID_EMAIL",
                 "MISSING_PASSWORD" -> WRONG_PASSWORD;
            case "TOO_MANY_ATTEMPTS_TRY_LATER" -> TOO_MANY_ATTEMPTS;
            case "USER_DISABLED" -> ACCOUNT_DISABLED;
            case "TOKEN_EXPIRED", "INVALID_REFRESH_TOKEN", "USER_NOT_FOUND", "MISSING_REFRESH_TOKEN" -> SIGNED_OUT;
            default -> SERVICE_TROUBLE;
        };
    }
}
