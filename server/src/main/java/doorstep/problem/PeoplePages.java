package doorstep.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.netty.NettyHttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Asks whoever serves pages to people ({@link PagesForPeople}) for the page in place of a problem. */
@Singleton
class PeoplePages {

    private final List<PagesForPeople> pages;

    PeoplePages(List<PagesForPeople> pages) {
        this.pages = pages;
    }

    /** Puts the page for people on the response in place of the problem; says whether there was one. */
    boolean answer(HttpRequest<?> request, MutableHttpResponse<?> response, Problem problem, boolean crossSite) {
        Optional<PagesForPeople.Page> page = pages.stream()
                .map(people -> people.page(request, targetOf(request), problem, crossSite))
                .flatMap(Optional::stream).findFirst();
        page.ifPresent(found -> ((MutableHttpResponse<Object>) response).status(found.status())
                .contentType(MediaType.TEXT_HTML_TYPE).body(found.html()));
        return page.isPresent();
    }

    /** As sent: the decoded URI may not exist (an address with "%ZZ" in it). */
    private static String targetOf(HttpRequest<?> request) {
        return request instanceof NettyHttpRequest<?> netty ? netty.getNativeRequest().uri() : request.getUri().toString();
    }
}
