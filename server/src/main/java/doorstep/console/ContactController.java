package doorstep.console;

import doorstep.api.model.ContactDetail;
import doorstep.console.internal.FieldError;
import doorstep.console.internal.Notice;
import doorstep.console.internal.ReasonForm;
import doorstep.contract.TextRule;
import doorstep.identity.Role;
import doorstep.mash.ContactReading;
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
import io.micronaut.http.annotation.QueryValue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact's page, read for the task the reader came from or the reason they give first (posted, kept,
 * and the record shown at an address naming only the reason's id), and the claim on it taken and given
 * back with POST forms. Ids only in addresses; a contact the reader's tenant does not have is "Page not
 * found", and the attempt is audited.
 */
@Controller("/console/contacts")
class ContactController {

    private static final String TITLE = "Contact";
    private static final String REASON_TITLE = "Why are you looking at this record?";

    private final ContactReading reading;
    private final ContactPages pages;
    private final CsrfTokens csrf;
    private final ReadingReasons reasons;

    ContactController(ContactReading reading, ContactPages pages, CsrfTokens csrf, ReadingReasons reasons) {
        this.reading = reading;
        this.pages = pages;
        this.csrf = csrf;
        this.reasons = reasons;
    }

    @Get("/{id}")
    HttpResponse<?> contact(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String from,
                            @Nullable @QueryValue String reason) {
        Optional<UUID> contactId = Forms.id(id);
        if (contactId.isEmpty()) {
            return Pages.notFound(request);
        }
        ConsoleCaller caller = ConsoleCaller.of(request);
        // Only a manager has a manager's view to come from: anyone else saying so is asked why instead.
        Optional<ReadingPurpose> task = ReadingPurpose.fromTask(from)
                .filter(named -> named != ReadingPurpose.FROM_OVERSIGHT || caller.caller().has(Role.MASH_MANAGER));
        if (task.isEmpty()) {
            // A reason this reader gave for this contact a moment ago (the form's redirect, or a reload of it).
            Optional<String> given = reason == null ? Optional.empty()
                    : reasons.purpose(caller.caller(), contactId.get(), reason);
            if (given.isPresent()) {
                return show(request, caller, contactId.get(), given.get(), null, HttpStatus.OK);
            }
            return Pages.page(request, HttpStatus.OK, "console/contact-reason", REASON_TITLE,
                    Map.of("form", ReasonForm.empty(contactId.get())));
        }
        Notice notice = switch (task.get()) {
            case AFTER_CLAIM -> new Notice(true, "You have claimed this contact");
            case AFTER_RELEASE -> new Notice(true, "You have given this contact back to the queue");
            default -> null;
        };
        return show(request, caller, contactId.get(), task.get().purpose(), notice, HttpStatus.OK);
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withReason(HttpRequest<?> request, @PathVariable String id, @Nullable @Body Map<String, Object> body) {
        String csrfToken = PostedFields.first(body, "csrfToken");
        String reason = PostedFields.first(body, "reason");
        String otherReason = PostedFields.first(body, "otherReason");
        ConsoleCaller caller = ConsoleCaller.of(request);
        if (!csrf.matches(caller, csrfToken)) {
            return Forms.refused(request);
        }
        Optional<UUID> contactId = Forms.id(id);
        if (contactId.isEmpty()) {
            return Pages.notFound(request);
        }
        Optional<ReadingPurpose> chosen = ReadingPurpose.fromReason(reason);
        String typed = otherReason == null ? "" : otherReason.strip();
        FieldError error = null;
        if (chosen.isEmpty()) {
            error = new FieldError("reason", "Select why you are looking at this record");
        } else if (chosen.get() == ReadingPurpose.OTHER && typed.isEmpty()) {
            error = new FieldError("otherReason", "Enter why you are looking at this record");
        } else if (chosen.get() == ReadingPurpose.OTHER && typed.length() < ReadingPurpose.OTHER_REASON_LEAST) {
            error = new FieldError("otherReason", "Enter why you are looking at this record in at least "
                    + ReadingPurpose.OTHER_REASON_LEAST + " characters");
        } else if (chosen.get() == ReadingPurpose.OTHER && (typed.length() > ReadingPurpose.OTHER_REASON_LIMIT
                || TextRule.SINGLE_LINE.problem(typed).isPresent())) {
            error = new FieldError("otherReason", "Reason must be " + ReadingPurpose.OTHER_REASON_LIMIT
                    + " characters or fewer, on one line");
        }
        if (error != null) {
            return Pages.page(request, HttpStatus.BAD_REQUEST, "console/contact-reason", "Error: " + REASON_TITLE,
                    Map.of("form", new ReasonForm(contactId.get(), reason == null ? "" : reason, typed, List.of(error))));
        }
        UUID given = reasons.remember(caller.caller(), contactId.get(), chosen.get(), typed);
        return HttpResponse.seeOther(URI.create("/console/contacts/" + contactId.get() + "?reason=" + given));
    }

    @Post(value = "/{id}/claim", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> claim(HttpRequest<?> request, @PathVariable String id, @Nullable @Body Map<String, Object> body) {
        String csrfToken = PostedFields.first(body, "csrfToken");
        return step(request, id, csrfToken, true);
    }

    @Post(value = "/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(HttpRequest<?> request, @PathVariable String id, @Nullable @Body Map<String, Object> body) {
        String csrfToken = PostedFields.first(body, "csrfToken");
        return step(request, id, csrfToken, false);
    }

    private HttpResponse<?> step(HttpRequest<?> request, String id, @Nullable String csrfToken, boolean claim) {
        ConsoleCaller caller = ConsoleCaller.of(request);
        if (!csrf.matches(caller, csrfToken)) {
            return Forms.refused(request);
        }
        Optional<UUID> contactId = Forms.id(id);
        if (contactId.isEmpty()) {
            return Pages.notFound(request);
        }
        try {
            if (claim) {
                reading.claim(caller.caller(), contactId.get());
            } else {
                reading.release(caller.caller(), contactId.get());
            }
        } catch (ProblemException refused) {
            if (refused.problem().status() != HttpStatus.CONFLICT.getCode()) {
                return Pages.notFound(request);
            }
            String heading = claim ? "You cannot claim this contact. " : "You cannot give this contact back. ";
            return show(request, caller, contactId.get(), claim ? "MASH triage, after a refused claim"
                    : "MASH triage, after a refused release", new Notice(false, heading + refused.problem().detail()),
                    HttpStatus.CONFLICT);
        }
        return HttpResponse.seeOther(URI.create("/console/contacts/" + contactId.get() + "?from="
                + (claim ? ReadingPurpose.AFTER_CLAIM : ReadingPurpose.AFTER_RELEASE).code()));
    }

    private HttpResponse<?> show(HttpRequest<?> request, ConsoleCaller caller, UUID contactId, String purpose,
                                 @Nullable Notice notice, HttpStatus status) {
        ContactDetail detail;
        try {
            detail = reading.read(caller.caller(), contactId, purpose);
        } catch (ProblemException refused) {
            if (refused.problem().status() == HttpStatus.NOT_FOUND.getCode()) {
                return Pages.notFound(request);
            }
            throw refused;
        }
        return Pages.page(request, status, "console/contact", TITLE,
                Map.of("contact", pages.of(detail, caller.caller(), notice)));
    }
}
