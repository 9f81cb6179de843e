package doorstep.console;

import doorstep.console.internal.ErrorPage;
import doorstep.problem.Violation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.web.router.RouteAttributes;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A console request that ends in an error the framework or the problem package answered (unknown page,
 * wrong method, unreadable form, malformed id in the address, a crash) gets a GOV.UK error page in the
 * layout instead of problem+json: a person reads it, not a program. Pages a controller already rendered
 * as HTML are left alone. The API under /v1 keeps its problem details.
 */
@ServerFilter("/console/**")
class ErrorPages {

    private final ErrorPageRenderer pages;

    ErrorPages(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @ResponseFilter
    void showErrorAsPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || isPage(response)) {
            return;
        }
        HttpStatus status = response.code() == 400 && malformedAddress(request, response.body())
                ? HttpStatus.NOT_FOUND : response.getStatus();
        response.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(pages.html(request, status, pageFor(status)));
    }

    static ErrorPage pageFor(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.METHOD_NOT_ALLOWED) {
            return ErrorPage.PAGE_NOT_FOUND;
        }
        return status.getCode() >= 500 ? ErrorPage.SERVICE_PROBLEM : ErrorPage.UNREADABLE_REQUEST;
    }

    /** A refusal of a value in the address's path (a malformed id) means there is no such page. */
    static boolean malformedAddress(HttpRequest<?> request, Object problemBody) {
        if (!(problemBody instanceof Map<?, ?> problem) || !(problem.get("violations") instanceof Collection<?> violations)) {
            return false;
        }
        Set<String> pathVariables = RouteAttributes.getRouteMatch(request)
                .filter(UriMatchInfo.class::isInstance)
                .map(match -> ((UriMatchInfo) match).getVariableValues().keySet())
                .orElse(Set.of());
        return violations.stream().anyMatch(v -> v instanceof Violation violation && pathVariables.contains(violation.field()));
    }

    private static boolean isPage(MutableHttpResponse<?> response) {
        return response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
    }
}
