package doorstep.identity;

import doorstep.problem.ProblemException;
import doorstep.problem.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Every /v1 request carries a verified ID token of a user of a registered tenant, or is refused. */
@ServerFilter("/v1/**")
class AuthenticationFilter {


    private final TokenVerifier verifier;
    private final TenantDirectory tenants;

    AuthenticationFilter(TokenVerifier verifier, TenantDirectory tenants) {
        this.verifier = verifier;
        this.tenants = tenants;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        try {
            String token = BearerToken.in(request.getHeaders()).orElse("");
            if (token.isEmpty()) {
                throw ProblemException.unauthorized(
                        "Send your Firebase ID token as one 'Authorization: Bearer <token>' header.");
            }
            Caller caller = verifier.verify(token);
            if (!tenants.exists(caller.tenantId())) {
                throw ProblemException.forbidden("Your organisation is not set up on Doorstep yet.");
            }
            request.setAttribute(CurrentCaller.ATTRIBUTE, caller);
            return null; // continue to the controller
        } catch (ProblemException refusal) {
            return ProblemResponses.of(refusal.problem());
        }
    }
}
