package doorstep.console;

import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.identity.SessionCookies;
import doorstep.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.Set;

/**
 * Every console page but sign-in and the assets needs a valid session cookie of a MASH triager or
 * manager: without one the browser is sent to sign in; with one of another role it is told so on a 403 page.
 */
@ServerFilter("/console/**")
class SessionGate {

    static final String COOKIE = "doorstep_console";
    /** Where a signed-in user without a MASH role is told so (a filter's own response is not a rendered view). */
    static final String NO_ACCESS = "/console/no-access";
    private static final Set<String> OPEN = Set.of("/console/sign-in");

    private final SessionCookies sessions;
    private final CsrfTokens csrf;

    SessionGate(SessionCookies sessions, CsrfTokens csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        String path = request.getPath();
        if (OPEN.contains(path) || path.startsWith("/console/assets/")) {
            return null;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return toSignIn();
        }
        Caller caller;
        try {
            caller = sessions.verify(cookie.getValue());
        } catch (ProblemException refused) {
            return toSignIn();
        }
        new ConsoleCaller(caller, csrf.tokenFor(cookie.getValue())).attachTo(request);
        if (!caller.has(Role.MASH_TRIAGER) && !caller.has(Role.MASH_MANAGER) && !path.equals(NO_ACCESS)) {
            return HttpResponse.seeOther(URI.create(NO_ACCESS));
        }
        return null;
    }

    private static HttpResponse<?> toSignIn() {
        return HttpResponse.seeOther(URI.create("/console/sign-in"));
    }
}
