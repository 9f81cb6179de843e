package doorstep.console;

import doorstep.identity.Caller;
import io.micronaut.http.HttpRequest;

/** The signed-in user of a console request, as {@link SessionGate} verified it from the session cookie. */
record ConsoleCaller(Caller caller, String csrfToken) {

    static final String ATTRIBUTE = "doorstep.console.caller";

    void attachTo(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static ConsoleCaller of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ConsoleCaller.class)
                .orElseThrow(() -> new IllegalStateException("console page served without the session gate"));
    }
}
