package doorstep.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Turns a problem into the HTTP response every error path shares. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private ProblemResponses() {
    }

    public static MutableHttpResponse<?> of(Problem problem) {
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.valueOf(problem.status()))
                .contentType(PROBLEM_JSON)
                .body(problem.body());
        if (problem.status() == HttpStatus.UNAUTHORIZED.getCode()) {
            // RFC 9110 section 15.5.2: a 401 must say which scheme to authenticate with.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }
}
