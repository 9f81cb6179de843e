package doorstep.operations;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.security.Principal;
import java.util.Optional;

/**
 * Hands the health endpoint the principal {@link ManagementAccessFilter} set for the operator:
 * without Micronaut Security nothing binds a {@link Principal}, and health would never show details.
 */
@Singleton
class OperatorPrincipalBinder implements TypedRequestArgumentBinder<Principal> {

    @Override
    public Argument<Principal> argumentType() {
        return Argument.of(Principal.class);
    }

    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> source) {
        return source.getUserPrincipal()
                .<BindingResult<Principal>>map(principal -> () -> Optional.of(principal))
                .orElse(BindingResult.unsatisfied());
    }
}
