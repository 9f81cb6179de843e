package doorstep.wire;

import doorstep.problem.Problem;
import doorstep.problem.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;

/**
 * Refuses a body sent to an operation whose contract takes none (a claim, a GET): such a body is
 * never read, so no size limit or JSON rule would apply to it and the server would take in whatever
 * arrived, megabytes of it, and answer as if nothing had been sent.
 */
@ServerFilter("/v1/**")
class BodylessOperations {

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseUnexpectedBody(HttpRequest<?> request) {
        boolean sendsBody = request.getContentLength() > 0
                || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!sendsBody) {
            return null;
        }
        boolean takesBody = RouteAttributes.getRouteMatch(request)
                .map(match -> match.getRouteInfo().getBodyArgument().isPresent())
                .orElse(true);
        return takesBody ? null : ProblemResponses.of(Problem.of("unexpected-body", "This request takes no body", 400,
                "Send this request without a body (and without Content-Length or Transfer-Encoding headers)."));
    }
}
