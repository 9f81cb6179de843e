package doorstep.operations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.annotation.Nullable;

/**
 * @param tokenFile              a file holding the operator's bearer token for health details and
 *                               metrics; without one, only whether the server is up is shown
 * @param createTokenIfMissing   development only: make that file, owner-only, on first start
 */
@ConfigurationProperties("doorstep.operations")
public record OperationsConfiguration(@Nullable String tokenFile,
                                      @Bindable(defaultValue = "false") boolean createTokenIfMissing) {
}
