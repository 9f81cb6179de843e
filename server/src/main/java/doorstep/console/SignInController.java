package doorstep.console;

import doorstep.console.internal.FieldError;
import doorstep.console.internal.SignInForm;
import doorstep.identity.SessionCookies;
import doorstep.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sign-in with email and password into a session cookie, and sign-out, which revokes it everywhere. */
@Controller("/console")
class SignInController {

    private static final int LONGEST_EMAIL = 254;

    private static final String TITLE = "Sign in";

    private final PasswordSignIn passwords;
    private final SignInAttempts attempts;
    private final SessionCookies sessions;
    private final CsrfTokens csrf;
    private final ConsoleConfiguration configuration;
    private final Duration throttleWindow;

    SignInController(PasswordSignIn passwords, SignInAttempts attempts, SessionCookies sessions, CsrfTokens csrf,
                     ConsoleConfiguration configuration, SignInThrottleConfiguration throttle) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.sessions = sessions;
        this.csrf = csrf;
        this.configuration = configuration;
        this.throttleWindow = throttle.window();
    }

    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/console/queue"));
    }

    @Get("/sign-in")
    HttpResponse<?> signInForm(HttpRequest<?> request) {
        return Pages.page(request, HttpStatus.OK, "console/sign-in", TITLE, Map.of("form", SignInForm.empty()));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        String email = PostedFields.first(body, "email");
        String password = PostedFields.first(body, "password");
        String typed = email == null ? "" : email.trim();
        List<FieldError> errors = new ArrayList<>();
        if (typed.isEmpty()) {
            errors.add(new FieldError("email", "Enter your email address"));
        } else if (typed.length() > LONGEST_EMAIL) {
            // No address is this long (RFC 5321): neither sent to Firebase nor echoed back whole.
            errors.add(new FieldError("email", "Enter an email address of " + LONGEST_EMAIL + " characters or fewer"));
            typed = "";
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "Enter your password"));
        }
        if (!errors.isEmpty()) {
            return refused(request, typed, errors);
        }
        SignInAttempts.Attempt attempt;
        try {
            attempt = attempts.begin(typed, request.getRemoteAddress().getAddress());
        } catch (SignInHeldBack held) {
            return refused(request, typed, held.everyone()
                    ? SignInWords.tooManyTriesEverywhere(held.waitFor()) : SignInWords.tooManyTries(held.waitFor()));
        }
        PasswordAnswer answer = checked(attempt, typed, password);
        if (answer instanceof PasswordAnswer.SignedIn signedIn) {
            attempts.succeeded(attempt);
            return signedIn(request, signedIn.idToken(), typed);
        }
        return refused(request, typed, answer == PasswordAnswer.Refused.TOO_MANY_ATTEMPTS
                ? SignInWords.tooManyTries(throttleWindow) : SignInWords.WRONG_DETAILS);
    }

    private PasswordAnswer checked(SignInAttempts.Attempt attempt, String typed, String password) {
        try {
            return passwords.check(typed, password);
        } catch (RuntimeException notAsked) {
            attempts.abandoned(attempt);
            throw notAsked;
        }
    }

    /** The form again with what was wrong, status 200 as for every sign-in error: the page says it. */
    private static HttpResponse<?> refused(HttpRequest<?> request, String typed, String message) {
        return refused(request, typed, List.of(new FieldError("email", message)));
    }

    private static HttpResponse<?> refused(HttpRequest<?> request, String typed, List<FieldError> errors) {
        return Pages.page(request, HttpStatus.OK, "console/sign-in", "Error: " + TITLE,
                Map.of("form", new SignInForm(typed, errors)));
    }

    private HttpResponse<?> signedIn(HttpRequest<?> request, String idToken, String typed) {
        try {
            String session = sessions.create(idToken, configuration.sessionLength());
            return HttpResponse.seeOther(URI.create("/console/queue")).cookie(sessionCookie(session)
                    .maxAge(configuration.sessionLength()));
        } catch (ProblemException refused) {
            return refused(request, typed, refused.problem().detail());
        }
    }

    @Get("/no-access")
    HttpResponse<?> noAccess(HttpRequest<?> request) {
        return Pages.problem(request, HttpStatus.FORBIDDEN, "You cannot use the MASH console",
                "Your account does not have the MASH triager or manager role. Ask your administrator if you need it.");
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        String csrfToken = PostedFields.first(body, "csrfToken");
        ConsoleCaller caller = ConsoleCaller.of(request);
        if (!csrf.matches(caller, csrfToken)) {
            return Forms.refused(request);
        }
        sessions.revoke(caller.caller().uid());
        return HttpResponse.seeOther(URI.create("/console/sign-in")).cookie(sessionCookie("").maxAge(0));
    }

    private Cookie sessionCookie(String value) {
        return Cookie.of(SessionGate.COOKIE, value).path("/console").httpOnly(true)
                .secure(configuration.secureCookie()).sameSite(SameSite.Strict);
    }
}
