package doorstep.identity;

import io.micronaut.http.HttpHeaders;

import java.util.List;
import java.util.Optional;

/** The credentials of an {@code Authorization: Bearer <token>} header, read one way for every filter. */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    /**
     * The token of a request's one Authorization header; empty if there is none or more than one: a
     * proxy in front may read another of several than this server would, so neither is trusted.
     */
    public static Optional<String> in(HttpHeaders headers) {
        List<String> authorization = headers.getAll(HttpHeaders.AUTHORIZATION);
        return authorization.size() == 1 ? in(authorization.get(0)) : Optional.empty();
    }

    /** The token after the scheme, which is case-insensitive (RFC 9110 section 11.1); empty if there is none. */
    static Optional<String> in(String authorizationHeader) {
        if (!authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = authorizationHeader.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
