package doorstep.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

/** What a console form post without its session's CSRF token gets. */
final class Forms {

    private Forms() {
    }

    static HttpResponse<?> refused(HttpRequest<?> request) {
        return Pages.problem(request, HttpStatus.FORBIDDEN, "This form has expired",
                "The form was not sent from this session's page. Go back, reload the page and try again.");
    }
}
