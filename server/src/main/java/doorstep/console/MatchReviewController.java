package doorstep.console;

import doorstep.api.model.MatchReview;
import doorstep.console.internal.MatchDecisionForm;
import doorstep.console.internal.FieldError;
import doorstep.console.internal.ReviewListPage;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.people.MatchReviewing;
import doorstep.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * People reviews: the tenant's open possible matches, one side by side with its weights in words, and the
 * decision (merge or keep apart, with a reason) posted as a form. Same roles as the API: MASH triagers and managers.
 */
@Controller("/console/people/reviews")
class MatchReviewController {

    private static final int LIMIT = 200;
    private static final String TITLE = "Possible match";
    private static final Set<String> DECISIONS = Set.of("same-person", "different-people");

    private final MatchReviewing reviewing;
    private final CsrfTokens csrf;

    MatchReviewController(MatchReviewing reviewing, CsrfTokens csrf) {
        this.reviewing = reviewing;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        Caller caller = ConsoleCaller.of(request).caller();
        boolean manager = caller.has(Role.MASH_MANAGER);
        return Pages.page(request, HttpStatus.OK, "console/reviews", "Possible matches", Map.of("reviews",
                new ReviewListPage(reviewing.open(caller, LIMIT).stream().map(MatchReviewWords::row).toList(),
                        manager ? reviewing.standingMerges(caller, LIMIT).stream().map(MatchReviewWords::row).toList()
                                : List.of(), manager)));
    }

    @Get("/{reviewId}")
    HttpResponse<?> review(HttpRequest<?> request, @PathVariable String reviewId) {
        UUID id = Forms.id(reviewId).orElse(null);
        return id == null ? Pages.notFound(request) : shown(request, id, MatchDecisionForm.empty());
    }

    @Post(value = "/{reviewId}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(HttpRequest<?> request, @PathVariable String reviewId, @Nullable @Body Map<String, Object> body) {
        String csrfToken = PostedFields.first(body, "csrfToken");
        String decision = PostedFields.first(body, "decision");
        String reason = PostedFields.first(body, "reason");
        ConsoleCaller caller = ConsoleCaller.of(request);
        if (!csrf.matches(caller, csrfToken)) {
            return Forms.refused(request);
        }
        UUID id = Forms.id(reviewId).orElse(null);
        if (id == null) {
            return Pages.notFound(request);
        }
        String chosen = decision != null && DECISIONS.contains(decision) ? decision : "";
        String typed = reason == null ? "" : reason;
        List<FieldError> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(new FieldError("decision", "Select whether these are the same person or different people"));
        }
        String reasonError = Forms.reasonError(typed, "why you decided this");
        if (reasonError != null) {
            errors.add(new FieldError("reason", reasonError));
        }
        if (!errors.isEmpty()) {
            return shown(request, id, new MatchDecisionForm(chosen, typed, errors));
        }
        try {
            reviewing.decide(caller.caller(), id, chosen.equals("same-person"), typed);
            return HttpResponse.seeOther(URI.create("/console/people/reviews/" + id));
        } catch (ProblemException refused) {
            if (refused.problem().status() != HttpStatus.CONFLICT.getCode()) {
                return RefusalPages.of(request, refused);
            }
            return shown(request, id, new MatchDecisionForm(chosen, typed,
                    List.of(new FieldError("decision", refused.problem().detail()))));
        }
    }

    /** The review as read now (an audited read), with the form as given: errors on a 200 page, as GOV.UK forms show them. */
    private HttpResponse<?> shown(HttpRequest<?> request, UUID reviewId, MatchDecisionForm form) {
        Caller caller = ConsoleCaller.of(request).caller();
        try {
            MatchReview review = reviewing.read(caller, reviewId);
            var merge = review.getMergeId() == null ? null : reviewing.merge(caller, review.getMergeId()).orElse(null);
            MatchReviewWords words = new MatchReviewWords(reviewing.confidentWeight(), reviewing.possibleWeight());
            return Pages.page(request, HttpStatus.OK, "console/review", form.errors().isEmpty() ? TITLE : "Error: " + TITLE,
                    Map.of("review", words.page(review, merge, caller.has(Role.MASH_MANAGER), form)));
        } catch (ProblemException refused) {
            return RefusalPages.of(request, refused);
        }
    }
}
