package doorstep.console;

import doorstep.api.model.Merge;
import doorstep.console.internal.FieldError;
import doorstep.console.internal.UndoMergePage;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A manager undoes a merge after a confirmation step that asks why; once undone, the same address says so. */
@Controller("/console/people/merges/{mergeId}/undo")
class MergeUndoController {

    private final MatchReviewing reviewing;
    private final CsrfTokens csrf;

    MergeUndoController(MatchReviewing reviewing, CsrfTokens csrf) {
        this.reviewing = reviewing;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable String mergeId) {
        return shown(request, mergeId, "", List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> undo(HttpRequest<?> request, @PathVariable String mergeId, @Nullable @Body Map<String, Object> body) {
        String csrfToken = PostedFields.first(body, "csrfToken");
        String reason = PostedFields.first(body, "reason");
        ConsoleCaller caller = ConsoleCaller.of(request);
        if (!csrf.matches(caller, csrfToken)) {
            return Forms.refused(request);
        }
        if (!caller.caller().has(Role.MASH_MANAGER)) {
            return managersOnly(request);
        }
        String typed = reason == null ? "" : reason;
        String reasonError = Forms.reasonError(typed, "why the merge is wrong");
        if (reasonError != null) {
            return shown(request, mergeId, typed, List.of(new FieldError("reason", reasonError)));
        }
        UUID id = Forms.id(mergeId).orElse(null);
        if (id == null) {
            return Pages.notFound(request);
        }
        try {
            reviewing.undo(caller.caller(), id, typed);
        } catch (ProblemException refused) {
            if (refused.problem().status() != HttpStatus.CONFLICT.getCode()) {
                return RefusalPages.of(request, refused);
            }
        }
        return HttpResponse.seeOther(URI.create("/console/people/merges/" + id + "/undo"));
    }

    private HttpResponse<?> shown(HttpRequest<?> request, String mergeId, String reason,
                                  List<FieldError> errors) {
        Caller caller = ConsoleCaller.of(request).caller();
        if (!caller.has(Role.MASH_MANAGER)) {
            return managersOnly(request);
        }
        Merge merge = Forms.id(mergeId).flatMap(id -> reviewing.merge(caller, id)).orElse(null);
        if (merge == null) {
            return Pages.notFound(request);
        }
        boolean undone = merge.getUndoneAt() != null;
        String title = undone ? "Merge undone" : errors.isEmpty() ? "Undo a merge" : "Error: Undo a merge";
        return Pages.page(request, HttpStatus.OK, "console/undo-merge", title, Map.of("undo", new UndoMergePage(
                merge.getMergeId().toString(), OversightRows.reference(merge.getMergeId()),
                LondonTime.at(merge.getMergedAt().toInstant()),
                undone ? LondonTime.at(merge.getUndoneAt().toInstant()) : null, reason, errors)));
    }

    private static HttpResponse<?> managersOnly(HttpRequest<?> request) {
        return Pages.problem(request, HttpStatus.FORBIDDEN, "Only a MASH manager can undo a merge",
                "Ask a MASH manager to undo this merge if you think it is wrong.");
    }
}
