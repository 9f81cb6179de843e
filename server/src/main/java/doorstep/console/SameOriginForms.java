package doorstep.console;

import doorstep.console.internal.ErrorPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.Set;

/**
 * A console form is only ever posted from the console's own pages. The CSRF token and the SameSite
 * cookie already stop a forged post of a signed-in user's form; this refuses, before anything is read,
 * any post the browser says came from another site, sign-in included (which has no session to tie a
 * token to). Only the host and port are compared: a TLS proxy in front changes the scheme, not the host.
 */
@ServerFilter(value = "/console/**", methods = HttpMethod.POST)
class SameOriginForms {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final ErrorPageRenderer pages;

    SameOriginForms(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        String host = request.getHeaders().get(HttpHeaders.HOST);
        boolean foreign = site != null && !OWN_SITE.contains(site)
                || origin != null && (host == null || !host.equalsIgnoreCase(authorityOf(origin)));
        return foreign ? pages.response(request, HttpStatus.FORBIDDEN, ErrorPage.FORM_FROM_ANOTHER_SITE) : null;
    }

    /** "https://mash.example:8443" as "mash.example:8443"; "null" or junk as "" (never the host). */
    private static String authorityOf(String origin) {
        try {
            String authority = URI.create(origin.trim()).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException notAnOrigin) {
            return "";
        }
    }
}
