package doorstep.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** One merge decision and, if it was undone, who undid it and when. Reasons are encrypted. */
@MappedEntity("person_merge")
record MergeRow(@Id UUID id, String tenantId, UUID survivingPersonId, UUID mergedPersonId, String mergedBy,
                Instant mergedAt, byte[] reasonCt, @Nullable String undoneBy, @Nullable Instant undoneAt,
                @Nullable byte[] undoReasonCt, @Version long version) {

    MergeRow undone(String by, Instant at, byte[] reason) {
        if (undoneAt != null) {
            throw new IllegalStateException("merge " + id + " was already undone");
        }
        return new MergeRow(id, tenantId, survivingPersonId, mergedPersonId, mergedBy, mergedAt, reasonCt, by, at,
                reason, version);
    }
}
