package doorstep.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;


/**
 * Gives a problem body to refusals that framework filters answer bare (the CORS filter's 403, the
 * management endpoints' 401), or a page in words where people read the answer ({@link PagesForPeople}).
 * Ordered first, so it sees their responses last.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ProblemBodyFilter implements Ordered {

    private final PeoplePages peoplePages;

    ProblemBodyFilter(PeoplePages peoplePages) {
        this.peoplePages = peoplePages;
    }

    @ResponseFilter
    void describeBareRefusal(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || response.getBody().isPresent()) {
            return;
        }
        boolean crossSite = response.code() == 403 && request.getHeaders().contains(HttpHeaders.ORIGIN);
        Problem problem = crossSite ? FrameworkProblems.crossOriginRefused() : FrameworkProblems.forStatus(response.code());
        if (!peoplePages.answer(request, response, problem, crossSite)) {
            response.contentType(ProblemResponses.PROBLEM_JSON).body(problem.body());
        }
        if (response.code() == 401 && !response.getHeaders().contains(HttpHeaders.WWW_AUTHENTICATE)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
