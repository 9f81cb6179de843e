package doorstep.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.UUID;

/**
 * The last word on an exception nothing else handled. Its message may quote what was being worked on
 * (a database error quotes the value, a careless message a child's name), so the log gets the
 * exception's classes and stack frames under an incident id, never a message; the caller gets the
 * plain 500 problem with the same id to quote to the service desk. A form body that cannot be
 * percent-decoded is the caller's fault, not ours, and gets a 400.
 */
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final PeoplePages peoplePages;

    UnexpectedErrorHandler(PeoplePages peoplePages) {
        this.peoplePages = peoplePages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        if (isUndecodableForm(exception)) {
            return answer(request, FrameworkProblems.forStatus(400));
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure of {} {} (incident {}); messages withheld, they may hold personal data:{}",
                request.getMethodName(), request.getPath(), incident, traceWithoutMessages(exception));
        return answer(request, FrameworkProblems.forStatus(500).with("incident", incident));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Problem problem) {
        MutableHttpResponse<?> response = ProblemResponses.of(problem);
        peoplePages.answer(request, response, problem, false);
        return response;
    }

    /**
     * A body like {@code a=%zz}: Netty's form decoder refuses it, as its own exception or as an
     * IllegalArgumentException from its percent-decoding, depending on where in the body it falls.
     */
    private static boolean isUndecodableForm(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpPostRequestDecoder.ErrorDataDecoderException) {
                return true;
            }
            if (cause instanceof IllegalArgumentException && Arrays.stream(cause.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("io.netty.handler.codec.http.QueryStringDecoder")
                            || frame.getClassName().startsWith("io.netty.handler.codec.http.multipart."))) {
                return true;
            }
        }
        return false;
    }

    /** A stack trace as the JVM prints it, less every exception's message. */
    static String traceWithoutMessages(Throwable exception) {
        StringBuilder trace = new StringBuilder();
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            trace.append(cause == exception ? "\n" : "\nCaused by: ").append(cause.getClass().getName());
            for (StackTraceElement frame : cause.getStackTrace()) {
                trace.append("\n\tat ").append(frame);
            }
        }
        return trace.toString();
    }
}
