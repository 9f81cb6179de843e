package doorstep.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.Map;

/**
 * Renders the errors Micronaut raises itself (bad JSON, failed constraints, unknown routes, size
 * limits, crashes) as problems. Parser and crash messages are never passed on: they can quote the
 * body, and the body may hold a child's words.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context,
                                                                     MutableHttpResponse<?> response) {
        Problem problem = problemFor(context, response.code());
        return (MutableHttpResponse<Map<String, Object>>) response
                .contentType(ProblemResponses.PROBLEM_JSON)
                .body(problem.body());
    }

    private Problem problemFor(ErrorContext context, int status) {
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ConstraintViolationException violations) {
            return Problem.of("invalid-request", "The request is not valid", 400,
                            "Some fields are missing or out of range; see violations.")
                    .with("violations", violationsOf(violations));
        }
        if (cause instanceof ConversionErrorException conversion && !isBody(conversion)) {
            return Problem.of("invalid-request", "The request is not valid", 400,
                            "A value has the wrong type or format.")
                    .with("violations", List.of(new Violation(conversion.getArgument().getName(),
                            "has the wrong type or format")));
        }
        return switch (status) {
            case 400 -> Problem.of("malformed-request", "The request could not be read", 400,
                    "The body is not valid JSON for this endpoint, or a required part is missing.");
            case 401 -> Problem.of("unauthenticated", "Sign in again", 401, null);
            case 403 -> Problem.of("forbidden", "Your role does not allow this", 403, null);
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address.");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405, null);
            case 413 -> Problem.of("body-too-large", "Request too large", 413,
                    "The request body is over the size limit; send fewer items per batch.");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Send application/json.");
            default -> status >= 500
                    ? Problem.of("server-error", "Something went wrong on our side", status,
                    "Nothing was stored for this request. Try again; if it keeps failing, tell the service desk.")
                    : Problem.of("request-refused", "The request was refused", status, null);
        };
    }

    /** A body that does not convert is unreadable as a whole; its Java parameter name means nothing to a caller. */
    private static boolean isBody(ConversionErrorException conversion) {
        return conversion.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private static List<Violation> violationsOf(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(v -> new Violation(fieldPath(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::field))
                .toList();
    }

    /** Drops the method and parameter names Micronaut puts in front ("pushSubmissions.submissionBatch."). */
    private static String fieldPath(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
