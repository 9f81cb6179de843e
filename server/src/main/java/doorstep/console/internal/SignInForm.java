package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The sign-in form as shown: the email typed (never the password) and what was wrong. */
public record SignInForm(String email, List<FieldError> errors) {

    public static SignInForm empty() {
        return new SignInForm("", List.of());
    }

    @Nullable
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
