package doorstep.console;

import doorstep.console.internal.DecisionForm;
import doorstep.console.internal.DecisionForm.ActionRow;
import doorstep.console.internal.DecisionPage;
import doorstep.console.internal.FieldError;
import doorstep.console.internal.SelectOption;
import doorstep.identity.Caller;
import doorstep.mash.DecisionTaking;
import doorstep.mash.DecisionTaking.Standing;
import doorstep.problem.Problem;
import doorstep.problem.ProblemException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The decision form on a contact the triager has claimed: outcome, rationale, actions with owners and
 * due dates, and a section 47 strategy discussion. Without JavaScript: "Add another action" posts the
 * form back with one more row. Refused decisions come back with every value kept and nothing stored.
 */
@Controller("/console/contacts/{contactId}/decision")
class DecisionController {

    private static final String TITLE = "Record a decision";

    private final DecisionTaking decisions;
    private final CsrfTokens csrf;

    DecisionController(DecisionTaking decisions, CsrfTokens csrf) {
        this.decisions = decisions;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable("contactId") String id) {
        Optional<UUID> known = Forms.id(id);
        if (known.isEmpty()) {
            return Pages.notFound(request);
        }
        UUID contactId = known.get();
        Caller caller = ConsoleCaller.of(request).caller();
        try {
            Standing standing = decisions.standing(caller, contactId);
            return page(request, caller, contactId, unavailable(standing),
                    DecisionForm.empty(DecisionFormReader.FIRST_ROWS), List.of());
        } catch (ProblemException refused) {
            return refusedPage(request, refused.problem());
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(HttpRequest<?> request, @PathVariable("contactId") String id, @Body Map<String, Object> body) {
        ConsoleCaller console = ConsoleCaller.of(request);
        Map<String, List<String>> fields = PostedFields.of(body);
        if (!csrf.matches(console, PostedFields.one(fields, "csrfToken"))) {
            return Forms.refused(request);
        }
        Optional<UUID> known = Forms.id(id);
        if (known.isEmpty()) {
            return Pages.notFound(request);
        }
        UUID contactId = known.get();
        Caller caller = console.caller();
        DecisionForm form = DecisionFormReader.read(fields);
        try {
            if (fields.containsKey("addAction")) {
                // At the most rows the button is not offered; a post of it anyway shows the form again, never decides.
                decisions.standing(caller, contactId);
                return page(request, caller, contactId, null,
                        form.roomForAnotherAction() ? form.withAnotherRow() : form, List.of());
            }
            DecisionFormReader.Reading reading = DecisionFormReader.toRequest(form, caller.uid());
            if (reading.errors().isEmpty()) {
                decisions.decide(caller, contactId, reading.request());
                return HttpResponse.seeOther(URI.create("/console/queue?done=decided"));
            }
            List<FieldError> formErrors = new ArrayList<>(reading.errors());
            String unavailable = unavailable(decisions.standing(caller, contactId));
            if (unavailable != null) {
                formErrors.add(new FieldError(DecisionRefusals.CLAIM, unavailable));
            }
            return refusedForm(request, caller, contactId, form, formErrors, check(caller, reading));
        } catch (ProblemException refused) {
            if (refused.problem().status() == HttpStatus.NOT_FOUND.getCode()
                    || refused.problem().status() == HttpStatus.FORBIDDEN.getCode()) {
                return refusedPage(request, refused.problem());
            }
            return refusedForm(request, caller, contactId, form, List.of(), Optional.of(refused.problem()));
        }
    }

    /** The rules' word on a decision the form could not complete, so every error shows at once. */
    private Optional<Problem> check(Caller caller, DecisionFormReader.Reading reading) {
        try {
            decisions.check(caller, reading.request());
            return Optional.empty();
        } catch (ProblemException refused) {
            return Optional.of(refused.problem());
        }
    }

    private HttpResponse<?> refusedForm(HttpRequest<?> request, Caller caller, UUID contactId, DecisionForm form,
                                        List<FieldError> formErrors, Optional<Problem> refusal) {
        List<Integer> rowOf = IntStream.range(0, form.actions().size())
                .filter(i -> !form.actions().get(i).blank()).boxed().toList();
        return page(request, caller, contactId, null, form, DecisionRefusals.of(formErrors, refusal, rowOf));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Caller caller, UUID contactId, String unavailable,
                                 DecisionForm form, List<FieldError> errors) {
        List<String> agencies = decisions.agencies(caller);
        List<SelectOption> owners = new ArrayList<>();
        owners.add(SelectOption.of("", "Choose an owner"));
        owners.add(SelectOption.of(ActionRow.OWNER_ME, "You"));
        agencies.forEach(agency -> owners.add(SelectOption.of(agency, DecisionWords.agency(agency))));
        List<String> missing = DecisionTaking.partnersMissingFrom(form.attended()).stream()
                .map(DecisionWords::agency).toList();
        return Pages.page(request, HttpStatus.OK, "console/decision", errors.isEmpty() ? TITLE : "Error: " + TITLE,
                Map.of("decision", new DecisionPage(contactId, unavailable, form, DecisionWords.outcomes(), owners,
                        DecisionWords.agencies(agencies), missing, errors)));
    }

    private static String unavailable(Standing standing) {
        return switch (standing) {
            case HOLDS_CLAIM -> null;
            case NOT_CLAIMED -> "You need to claim this contact before you can record a decision on it.";
            case DECIDED -> "This contact has already been decided.";
        };
    }

    private static HttpResponse<?> refusedPage(HttpRequest<?> request, Problem problem) {
        return problem.status() == HttpStatus.FORBIDDEN.getCode()
                ? Pages.problem(request, HttpStatus.FORBIDDEN, "You cannot record decisions", problem.detail())
                : Pages.problem(request, HttpStatus.NOT_FOUND, "Page not found",
                "There is no contact with that address in your organisation.");
    }
}
