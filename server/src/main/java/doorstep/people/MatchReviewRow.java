package doorstep.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A possible match waiting for a person: the mention (filed under a new person) and the candidate.
 *
 * @param evidence the match weights as JSON: comparison, level and weight only, never a value
 */
@MappedEntity("match_review")
record MatchReviewRow(@Id UUID id, String tenantId, UUID mentionId, UUID mentionPersonId, UUID candidatePersonId,
                      double weight, String evidence, ReviewState state, Instant createdAt,
                      @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable byte[] reasonCt,
                      @Nullable UUID mergeId, @Version long version) {

    MatchReviewRow decided(ReviewState outcome, String by, Instant at, byte[] reason, @Nullable UUID merge) {
        if (state != ReviewState.OPEN) {
            throw new IllegalStateException("review " + id + " is already " + state);
        }
        return new MatchReviewRow(id, tenantId, mentionId, mentionPersonId, candidatePersonId, weight, evidence,
                outcome, createdAt, by, at, reason, merge, version);
    }
}
