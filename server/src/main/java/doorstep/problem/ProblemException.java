package doorstep.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expected refusal, answered as a problem+json response. Handled by {@link ProblemExceptionHandler};
 * the caller should correct the request, never retry it unchanged. Its message is the title only,
 * so a stack trace never carries the detail (which may name a field but never a child's data).
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of("unauthenticated", "Sign in again", 401, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of("forbidden", "Your role does not allow this", 403, detail));
    }

    /** The same answer whether the resource does not exist or belongs to another tenant. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of("not-found", "Not found", 404,
                "There is no " + what + " with that id in your organisation."));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(Problem.of(slug, title, 409, detail));
    }

    public static ProblemException tooLarge(String slug, String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem("/problems/" + slug, "Request too large", 413, detail,
                new LinkedHashMap<>(extensions)));
    }

    public static ProblemException invalid(String detail, List<Violation> violations) {
        return new ProblemException(Problem.of("invalid-request", "The request is not valid", 400, detail)
                .with("violations", violations));
    }
}
