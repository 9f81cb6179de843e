package doorstep.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Turns a problem into the HTTP response every error path shares. */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private ProblemResponses() {
    }

    public static MutableHttpResponse<?> of(Problem problem) {
        return HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(problem.status()))
                .contentType(PROBLEM_JSON)
                .body(problem.body());
    }
}
