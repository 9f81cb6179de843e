package doorstep.mash;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person changed a contact's rating, with their reason sealed: kept for good, never edited. */
@MappedEntity("contact_rating_change")
record RatingChange(@Id UUID id, UUID contactId, String tenantId, String changedBy, Instant changedAt,
                    RagRating fromRag, RagRating toRag, byte[] reasonCt) {

    static final String REASON_FIELD = "rating_reason";
}
