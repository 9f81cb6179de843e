package doorstep.identity;

import doorstep.problem.ProblemException;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

/** The caller of the request being served, as the authentication filter verified it. */
@Singleton
public class CurrentCaller {

    static final String ATTRIBUTE = "doorstep.caller";

    public Caller get() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(ATTRIBUTE, Caller.class))
                .orElseThrow(() -> ProblemException.unauthorized("This needs a signed-in user."));
    }
}
