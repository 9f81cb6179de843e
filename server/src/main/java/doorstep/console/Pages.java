package doorstep.console;

import doorstep.console.internal.ErrorPage;
import doorstep.console.internal.PageFrame;
import doorstep.identity.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Console pages as responses: a JTE view with its frame (title, nonce, form token) and model. */
final class Pages {

    private Pages() {
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request, HttpStatus status,
                                                                      String view, String title, Map<String, Object> model) {
        Optional<ConsoleCaller> caller = request.getAttribute(ConsoleCaller.ATTRIBUTE, ConsoleCaller.class);
        String csrf = caller.map(ConsoleCaller::csrfToken).orElse(null);
        boolean manager = caller.map(signedIn -> signedIn.caller().has(Role.MASH_MANAGER)).orElse(false);
        Map<String, Object> all = new HashMap<>(model);
        all.put("frame", new PageFrame(title, ContentPolicy.nonceOf(request), csrf, manager, pathOf(request)));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(view, all));
    }

    /** The page's path, or "" for an error page about an address that does not decode. */
    private static String pathOf(HttpRequest<?> request) {
        try {
            return request.getPath();
        } catch (IllegalArgumentException undecodable) {
            return "";
        }
    }

    /**
     * The GOV.UK "Page not found" page (404), for anything this user may not see or that does not exist;
     * or throw {@link ConsolePageNotFound} where returning is awkward.
     */
    static MutableHttpResponse<ModelAndView<Map<String, Object>>> notFound(HttpRequest<?> request) {
        return error(request, HttpStatus.NOT_FOUND, ErrorPage.PAGE_NOT_FOUND);
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> error(HttpRequest<?> request, HttpStatus status,
                                                                       ErrorPage page) {
        return page(request, status, "console/error", page.heading(), Map.of("page", page));
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> problem(HttpRequest<?> request, HttpStatus status,
                                                                         String heading, String detail) {
        return page(request, status, "console/problem", heading, Map.of("heading", heading, "detail", detail));
    }
}
