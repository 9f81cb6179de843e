package doorstep.console;

import doorstep.console.internal.ErrorPage;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders an error page to HTML on the spot: responses from exception handlers and filters do not pass
 * through Micronaut Views' rendering, so a view returned there would not be written.
 */
@Singleton
class ErrorPageRenderer {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    ErrorPageRenderer(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    /** The page's HTML, for the caller to set on the response it has. */
    String html(HttpRequest<?> request, HttpStatus status, ErrorPage page) {
        ModelAndView<Map<String, Object>> view = Pages.error(request, status, page).body();
        StringWriter html = new StringWriter();
        try {
            renderer.render(view, request, MediaType.TEXT_HTML).orElseThrow().writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    MutableHttpResponse<String> response(HttpRequest<?> request, HttpStatus status, ErrorPage page) {
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(html(request, status, page));
    }
}
