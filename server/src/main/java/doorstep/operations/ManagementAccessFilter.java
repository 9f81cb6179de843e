package doorstep.operations;

import doorstep.identity.BearerToken;
import doorstep.problem.Problem;
import doorstep.problem.ProblemResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.security.Principal;

/**
 * Management endpoints: health answers anyone with UP or DOWN; the operator token (as a bearer
 * token) adds health details and opens every other endpoint. Any other credential is refused,
 * a Doorstep sign-in included: a local authority's administrator does not run the server.
 */
@ServerFilter("/management/**")
class ManagementAccessFilter {

    private static final Principal OPERATOR = () -> "operator";

    private final OperatorToken operatorToken;

    ManagementAccessFilter(OperatorToken operatorToken) {
        this.operatorToken = operatorToken;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admitOperator(HttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            if (!isOperator(request.getHeaders())) {
                return refusal("That is not the operator token. Send the token from the operator token file "
                        + "as 'Authorization: Bearer <token>', or nothing to see only whether the server is up.");
            }
            // The health endpoint shows details to any caller with a principal (details-visible: AUTHENTICATED).
            request.setUserPrincipal(OPERATOR);
            return null;
        }
        if (isHealth(request.getPath())) {
            return null;
        }
        return refusal("Metrics and other management endpoints need the operator token: send it from the "
                + "operator token file as 'Authorization: Bearer <token>'.");
    }

    private boolean isOperator(HttpHeaders headers) {
        return BearerToken.in(headers).filter(operatorToken::isPresentedAs).isPresent();
    }

    private static boolean isHealth(String path) {
        return path.equals("/management/health") || path.startsWith("/management/health/");
    }

    private static HttpResponse<?> refusal(String detail) {
        return ProblemResponses.of(Problem.of("unauthenticated", "Operator token needed", 401, detail));
    }
}
