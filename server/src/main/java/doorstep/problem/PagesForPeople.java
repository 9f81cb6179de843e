package doorstep.problem;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * Where a person's browser, not a program, reads the answer (the console), a refusal the HTTP stack
 * makes before any controller (an address it cannot decode, headers over the limit, a cross-site call)
 * is a page in words rather than problem+json. Implemented by the part that serves such pages.
 */
public interface PagesForPeople {

    /**
     * @param target     the request's target as sent (path and query, undecoded: it may not decode)
     * @param refusal    the problem a program would have been given: its status, and its violations
     * @param crossSite  whether it was refused as a call from another site
     * @return the page, or empty where the request is not for people (the API)
     */
    Optional<Page> page(HttpRequest<?> request, String target, Problem refusal, boolean crossSite);

    /** A page in words, with the status it goes with (a malformed id in an address is "not found", say). */
    record Page(int status, String html) {
    }
}
