package doorstep.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.Map;

/**
 * Renders the errors Micronaut raises itself (bad JSON, failed constraints, missing parameters,
 * unknown routes, size limits, requests the HTTP decoder or the edge refused, crashes) as problems. Parser and crash messages are never passed on: they can quote the
 * body, and the body may hold a child's words.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    private final PeoplePages peoplePages;

    ProblemErrorResponseProcessor(PeoplePages peoplePages) {
        this.peoplePages = peoplePages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context,
                                                                     MutableHttpResponse<?> response) {
        Problem problem = problemFor(context, response.code());
        if (peoplePages.answer(context.getRequest(), response, problem, false)) {
            // A person reads this: the body is HTML, whatever this processor's declared body type says.
            return (MutableHttpResponse<Map<String, Object>>) response;
        }
        return (MutableHttpResponse<Map<String, Object>>) response
                .status(problem.status())
                .contentType(ProblemResponses.PROBLEM_JSON)
                .body(problem.body());
    }

    private Problem problemFor(ErrorContext context, int status) {
        Throwable unreadable = decoderFailure(context.getRequest());
        if (unreadable != null) {
            return problemForUnreadable(unreadable, status);
        }
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
        if (cause instanceof UnsatisfiedRouteException unsatisfied && !(unsatisfied instanceof UnsatisfiedBodyRouteException)) {
            return Problem.of("invalid-request", "The request is not valid", 400,
                            "A required part of the request is missing; see violations.")
                    .with("violations", List.of(new Violation(nameOf(unsatisfied.getArgument()), "is required")));
        }
        return FrameworkProblems.forStatus(status);
    }

    /** The decoder's reason for refusing the request's framing or head, if it did. */
    @Nullable
    private static Throwable decoderFailure(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().decoderResult().isFailure()) {
            return netty.getNativeRequest().decoderResult().cause();
        }
        return null;
    }

    private static Problem problemForUnreadable(Throwable failure, int status) {
        if (failure instanceof ProblemException refusal) {
            return refusal.problem();
        }
        if (failure instanceof TooLongHttpHeaderException) {
            return FrameworkProblems.headersTooLarge();
        }
        if (failure instanceof TooLongHttpLineException) {
            return FrameworkProblems.uriTooLong();
        }
        return status == 413 ? FrameworkProblems.forStatus(status) : FrameworkProblems.malformedMessage();
    }

    /** The name the caller used: a query value's or header's own name where it differs from the Java one. */
    private static String nameOf(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(QueryValue.class)
                .or(() -> argument.getAnnotationMetadata().stringValue(Header.class))
                .orElse(argument.getName());
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

    /**
     * Drops the method and parameter names Micronaut puts in front of a body's field
     * ("pushSubmissions.submissionBatch.items[0]"), and the method name in front of a query or path
     * value ("listReturnHomeTasks.limit"): the caller knows neither. And the validator's tag after a
     * list element ("invited[0]<list element>"), so the field reads as the body names it.
     */
    private static String fieldPath(String path) {
        String[] parts = path.replace("<list element>", "").split("\\.", 3);
        return parts.length == 1 ? parts[0] : parts[parts.length - 1];
    }
}
