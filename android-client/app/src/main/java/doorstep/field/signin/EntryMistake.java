package doorstep.field.signin;

import doorstep.field.R;

/**
 * What can be wrong with the sign-in form before anything is sent: each with its plain-words line
 * and the field to fix, which gets the focus.
 */
enum EntryMistake {
    EMAIL_MISSING(R.string.sign_in_email_missing, R.id.sign_in_email),
    EMAIL_MALFORMED(R.string.sign_in_email_malformed, R.id.sign_in_email),
    PASSWORD_MISSING(R.string.sign_in_password_missing, R.id.sign_in_password),
    SERVER_MISSING(R.string.sign_in_server_missing, R.id.sign_in_server),
    SERVER_MALFORMED(R.string.sign_in_server_malformed, R.id.sign_in_server);

    final int message;
    final int field;

    EntryMistake(int message, int field) {
        this.message = message;
        this.field = field;
    }
}
