package doorstep.console;

/**
 * What the identity service answered to an email and password. A wrong password, an unknown email and a
 * disabled account are the one {@link Refused#WRONG_DETAILS}, so no one learns which accounts exist.
 */
sealed interface PasswordAnswer {

    /** The password was right: Firebase's ID token for the account. */
    record SignedIn(String idToken) implements PasswordAnswer {
    }

    enum Refused implements PasswordAnswer {
        /** Wrong password, unknown email or disabled account. */
        WRONG_DETAILS,
        /** Firebase holds back sign-ins for this account or from this server (TOO_MANY_ATTEMPTS_TRY_LATER). */
        TOO_MANY_ATTEMPTS
    }
}
