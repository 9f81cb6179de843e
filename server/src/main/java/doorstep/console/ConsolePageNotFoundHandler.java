package doorstep.console;

import doorstep.console.internal.ErrorPage;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders {@link ConsolePageNotFound} as the console's "Page not found" page. */
@Singleton
class ConsolePageNotFoundHandler implements ExceptionHandler<ConsolePageNotFound, HttpResponse<?>> {

    private final ErrorPageRenderer pages;

    ConsolePageNotFoundHandler(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConsolePageNotFound exception) {
        return pages.response(request, HttpStatus.NOT_FOUND, ErrorPage.PAGE_NOT_FOUND);
    }
}
