package doorstep.mash;

import doorstep.api.model.ContactSummary;
import doorstep.api.model.Rag;
import doorstep.api.model.RatedBy;
import doorstep.crypto.FieldCipher;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How contacts got their ratings, for the triager's view: who set each (the rules, naming them, or
 * a person), the repeat count, and the changes people made with their reasons. Callers authorise
 * and audit the read of the contact these belong to.
 */
@Singleton
class ContactRatings {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ContactRatingRepository ratings;
    private final RatingChangeRepository changes;
    private final FieldCipher cipher;

    ContactRatings(ContactRatingRepository ratings, RatingChangeRepository changes, FieldCipher cipher) {
        this.ratings = ratings;
        this.changes = changes;
        this.cipher = cipher;
    }

    Map<UUID, ContactRating> of(String tenantId, Collection<Contact> contacts) {
        if (contacts.isEmpty()) {
            return Map.of();
        }
        return ratings.findByTenantIdAndContactIdIn(tenantId, contacts.stream().map(Contact::id).toList()).stream()
                .collect(Collectors.toMap(ContactRating::contactId, Function.identity()));
    }

    /** Puts the rating's provenance into a contact's summary; a contact without one shows its reasons alone. */
    static ContactSummary describe(ContactSummary summary, Contact contact, ContactRating rating) {
        if (rating == null) {
            return summary;
        }
        List<String> texts = Arrays.asList(contact.ragReasons().split(Contact.REASON_SEPARATOR));
        List<String> rules = rating.ruleNames();
        List<doorstep.api.model.RatingReason> reasons = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            reasons.add(new doorstep.api.model.RatingReason(i < rules.size() ? rules.get(i) : "kind-rule", texts.get(i)));
        }
        return summary.ratedBy(RatedBy.fromValue(rating.ratedBy().name().toLowerCase(Locale.ROOT)))
                .ratingReasons(reasons)
                .repeatCount(rating.repeatCount());
    }

    List<doorstep.api.model.RatingChange> changesTo(String tenantId, UUID contactId) {
        return changes.findByTenantIdAndContactIdOrderByChangedAt(tenantId, contactId).stream()
                .map(change -> new doorstep.api.model.RatingChange(change.changedBy(),
                        change.changedAt().atOffset(ZoneOffset.UTC), rag(change.fromRag()), rag(change.toRag()),
                        cipher.open(change.reasonCt(), change.id().toString(), RatingChange.REASON_FIELD)))
                .toList();
    }

    /** This contact and the earlier ones about the same children received in the 12 months before it. */
    static int contactsInTwelveMonths(Contact contact, List<Contact> earlier) {
        Instant yearBefore = contact.receivedAt().atZone(LONDON).minusMonths(12).toInstant();
        return 1 + (int) earlier.stream().filter(other -> other.receivedAt().isAfter(yearBefore)).count();
    }

    private static Rag rag(RagRating rating) {
        return Rag.fromValue(rating.name().toLowerCase(Locale.ROOT));
    }
}
