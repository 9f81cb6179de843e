package doorstep.console;

import doorstep.contract.TextRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.util.Optional;
import java.util.UUID;

/** What a console form post without its session's CSRF token gets. */
final class Forms {

    private Forms() {
    }

    static HttpResponse<?> refused(HttpRequest<?> request) {
        return Pages.problem(request, HttpStatus.FORBIDDEN, "This form has expired",
                "The form was not sent from this session's page. Go back, reload the page and try again.");
    }

    /** What is wrong with a reason typed into a form, as the API bounds it (5 to 2000 characters), or null. */
    @Nullable
    static String reasonError(@Nullable String reason, String what) {
        int length = reason == null ? 0 : reason.strip().length();
        if (length == 0) {
            return "Enter " + what;
        }
        if (length < 5) {
            return "Enter " + what + " in at least 5 characters";
        }
        if (length > 2000) {
            return "Say " + what + " in 2000 characters or fewer";
        }
        return TextRule.MULTI_LINE.problem(reason).map(problem -> "The reason " + problem).orElse(null);
    }

    /**
     * An id from a console address in its one canonical form, as the API accepts it; empty (so "Page not
     * found") for anything else.
     */
    static Optional<UUID> id(String text) {
        try {
            UUID parsed = UUID.fromString(text);
            return parsed.toString().equals(text) ? Optional.of(parsed) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
