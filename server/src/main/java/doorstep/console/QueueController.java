package doorstep.console;

import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.Rag;
import doorstep.console.internal.QueuePage;
import doorstep.console.internal.QueueRow;
import doorstep.identity.Caller;
import doorstep.mash.QueueListing;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The tenant's contacts by deadline, filtered by RAG and state with a plain GET form. */
@Controller("/console/queue")
class QueueController {

    private static final int LIMIT = 200;

    private final QueueListing listing;
    private final Clock clock;
    private final WorkHolders holders;

    QueueController(QueueListing listing, Clock clock, WorkHolders holders) {
        this.listing = listing;
        this.clock = clock;
        this.holders = holders;
    }

    @Get
    HttpResponse<?> queue(HttpRequest<?> request, @Nullable @QueryValue String rag, @Nullable @QueryValue String state,
                          @Nullable @QueryValue String done) {
        ConsoleCaller caller = ConsoleCaller.of(request);
        Rag ragFilter = Arrays.stream(Rag.values()).filter(r -> r.getValue().equals(rag)).findFirst().orElse(null);
        ContactState stateFilter = Arrays.stream(ContactState.values()).filter(s -> s.getValue().equals(state))
                .findFirst().orElse(null);
        List<QueueRow> rows = listing.list(caller.caller(), stateFilter, LIMIT).stream()
                .filter(summary -> ragFilter == null || summary.getRag() == ragFilter)
                .map(summary -> row(summary, caller.caller()))
                .toList();
        return Pages.page(request, HttpStatus.OK, "console/queue", "Contacts by deadline", Map.of("queue",
                new QueuePage(rows, ragFilter == null ? "" : ragFilter.getValue(),
                        stateFilter == null ? "" : stateFilter.getValue()), "decided", "decided".equals(done)));
    }

    private QueueRow row(ContactSummary contact, Caller reader) {
        boolean decided = contact.getState() == ContactState.DECIDED;
        String timeLeft = decided ? "Decided" : TimeLeft.until(contact.getDueAt().toInstant(), clock.instant());
        String holder = contact.getClaimedBy() == null ? null : holders.who(reader, contact.getClaimedBy());
        return new QueueRow(contact.getContactId(), PlainWords.rag(contact.getRag()), PlainWords.ragTag(contact.getRag()),
                timeLeft, !decided && Boolean.TRUE.equals(contact.getOverdue()), PlainWords.kind(contact.getKind()),
                PlainWords.agency(contact.getReferrerAgency()), PlainWords.state(contact.getState()), holder,
                contact.getChildCount());
    }
}
