package doorstep.console;

import doorstep.console.internal.ErrorPage;
import doorstep.problem.PagesForPeople;
import doorstep.problem.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The console's GOV.UK error pages for refusals the HTTP stack makes, some before any console filter
 * runs: an address that does not decode, headers over the limit, a post the CORS check refused as
 * cross-site. The same pages, for the same statuses, as {@link ErrorPages} makes of the rest.
 */
@Singleton
class ConsoleRefusalPages implements PagesForPeople {

    private final ErrorPageRenderer pages;

    ConsoleRefusalPages(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public Optional<Page> page(HttpRequest<?> request, String target, Problem refusal, boolean crossSite) {
        if (!target.equals("/console") && !target.startsWith("/console/") && !target.startsWith("/console?")) {
            return Optional.empty();
        }
        HttpStatus status = refusal.status() == 400 && ErrorPages.malformedAddress(request, refusal.body())
                ? HttpStatus.NOT_FOUND : HttpStatus.valueOf(refusal.status());
        ErrorPage page = crossSite ? ErrorPage.FORM_FROM_ANOTHER_SITE : ErrorPages.pageFor(status);
        return Optional.of(new Page(status.getCode(), pages.html(request, status, page)));
    }
}
