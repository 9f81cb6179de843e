package doorstep.console;

import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

/**
 * A service's refusal as a console page in plain words. Another tenant's record and no record at all get the
 * same "Page not found", as the API answers both with the same 404.
 */
final class RefusalPages {

    private RefusalPages() {
    }

    static HttpResponse<?> of(HttpRequest<?> request, ProblemException refused) {
        Problem problem = refused.problem();
        return switch (problem.status()) {
            case 404 -> Pages.notFound(request);
            case 403 -> Pages.problem(request, HttpStatus.FORBIDDEN, "You cannot do this", problem.detail());
            default -> Pages.problem(request, HttpStatus.valueOf(problem.status()), problem.title(), problem.detail());
        };
    }
}
