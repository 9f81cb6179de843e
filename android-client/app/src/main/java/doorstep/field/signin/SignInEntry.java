package doorstep.field.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the officer typed on the sign-in screen. Only the shape is checked here (an address with an
 * {@code @}, a web address for the server); whether the account exists is the server's to say.
 */
record SignInEntry(String email, String password, String serverAddress) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    SignInEntry {
        email = email.trim();
        serverAddress = serverAddress.trim();
    }

    /** The first mistake in reading order, so the line under the form names one thing to fix. */
    Optional<EntryMistake> firstMistake() {
        if (email.isEmpty()) {
            return Optional.of(EntryMistake.EMAIL_MISSING);
        }
        if (!EMAIL.matcher(email).matches()) {
            return Optional.of(EntryMistake.EMAIL_MALFORMED);
        }
        if (password.isEmpty()) {
            return Optional.of(EntryMistake.PASSWORD_MISSING);
        }
        if (serverAddress.isEmpty()) {
            return Optional.of(EntryMistake.SERVER_MISSING);
        }
        if (!isWebAddress(serverAddress)) {
            return Optional.of(EntryMistake.SERVER_MALFORMED);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "SignInEntry[server=" + serverAddress + "]";
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
