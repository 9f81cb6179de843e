package doorstep.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The console's content security policy: its own styles, fonts, images and scripts, plus inline
 * script only with this response's nonce (GOV.UK's template marks the body js-enabled inline).
 * The edge leaves a policy a response already has in place.
 */
@ServerFilter("/console/**")
class ContentPolicy {

    private static final String ATTRIBUTE = "doorstep.console.nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ResponseFilter
    void setPolicy(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", policy(nonceOf(request)));
    }

    /** The request's nonce, made on first use: by a page, or by this filter for a response that has none. */
    static String nonceOf(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            String made = Base64.getEncoder().encodeToString(nonce);
            request.setAttribute(ATTRIBUTE, made);
            return made;
        });
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self'; "
                + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
