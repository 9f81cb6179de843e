package doorstep.mash;

import doorstep.api.model.CaptureKindName;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.EarlierContact;
import doorstep.api.model.Outcome;
import doorstep.api.model.Rag;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contact as the API shows it: its stored decision and rating, with the claim and deadline as they
 * stand now (a lapsed claim shows as queued, with no holder, because anyone may claim it).
 */
@Singleton
class ContactSummaries {

    private final ContactClockRepository clocks;
    private final ContactRatings ratings;
    private final BreachConfiguration breaches;
    private final Clock clock;

    ContactSummaries(ContactClockRepository clocks, ContactRatings ratings, BreachConfiguration breaches, Clock clock) {
        this.clocks = clocks;
        this.ratings = ratings;
        this.breaches = breaches;
        this.clock = clock;
    }

    List<ContactSummary> of(String tenantId, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        Map<UUID, ContactClock> times = clocks.findByTenantIdAndIdIn(tenantId, contacts.stream().map(Contact::id).toList())
                .stream().collect(Collectors.toMap(ContactClock::id, Function.identity()));
        Map<UUID, ContactRating> rated = ratings.of(tenantId, contacts);
        return contacts.stream().map(contact -> ContactRatings.describe(summary(contact, times.get(contact.id())), contact,
                rated.get(contact.id()))).toList();
    }

    ContactSummary of(Contact contact) {
        return of(contact.tenantId(), List.of(contact)).get(0);
    }

    static EarlierContact earlier(Contact contact) {
        return new EarlierContact(contact.id(), CaptureKindName.fromValue(contact.captureKind()), rag(contact),
                doorstep.api.model.ContactState.fromValue(contact.state().name().toLowerCase(Locale.ROOT)),
                contact.receivedAt().atOffset(ZoneOffset.UTC))
                .outcome(contact.outcome() == null ? null : Outcome.fromValue(contact.outcome()));
    }

    private ContactSummary summary(Contact contact, ContactClock times) {
        Instant now = clock.instant();
        boolean held = times.claimHeldAt(now);
        boolean overdue = contact.state() != ContactState.DECIDED && now.isAfter(contact.dueAt());
        return new ContactSummary(contact.id(), contact.submissionId(), CaptureKindName.fromValue(contact.captureKind()),
                rag(contact), doorstep.api.model.ContactState.fromValue(times.stateAt(now).name().toLowerCase(Locale.ROOT)),
                contact.receivedAt().atOffset(ZoneOffset.UTC), contact.dueAt().atOffset(ZoneOffset.UTC), overdue,
                contact.childCount(), contact.referrerAgency())
                .ragReasons(Arrays.asList(contact.ragReasons().split(Contact.REASON_SEPARATOR)))
                .claimedBy(held ? contact.claimedBy() : null)
                .claimExpiresAt(held ? times.claimExpiresAt().atOffset(ZoneOffset.UTC) : null)
                .deadlineStatus(times.deadlineStatusAt(now, breaches.nearFraction()).wire())
                .outcome(contact.outcome() == null ? null : Outcome.fromValue(contact.outcome()))
                .decidedAt(contact.decidedAt() == null ? null : contact.decidedAt().atOffset(ZoneOffset.UTC));
    }

    private static Rag rag(Contact contact) {
        return Rag.fromValue(contact.rag().name().toLowerCase(Locale.ROOT));
    }
}
