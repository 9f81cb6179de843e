package doorstep.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
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

    @RequestFilter
    void makeNonce(HttpRequest<?> request) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        request.setAttribute(ATTRIBUTE, Base64.getEncoder().encodeToString(nonce));
    }

    @ResponseFilter
    void setPolicy(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("Content-Security-Policy", policy(nonceOf(request)));
    }

    static String nonceOf(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseThrow();
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self'; "
                + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
