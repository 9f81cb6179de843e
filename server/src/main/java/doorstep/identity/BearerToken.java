package doorstep.identity;

import java.util.Optional;

/** The credentials of an {@code Authorization: Bearer <token>} header, read one way for every filter. */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    /** The token after the scheme, which is case-insensitive (RFC 9110 section 11.1); empty if there is none. */
    public static Optional<String> in(String authorizationHeader) {
        if (!authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = authorizationHeader.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
