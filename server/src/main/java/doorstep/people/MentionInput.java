package doorstep.people;

import doorstep.people.matching.PersonRecord;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A person as one source recorded them, to be resolved.
 *
 * @param sourceType what recorded them ("incident", "import")
 * @param role       their part in the source: victim, suspect, other, or a child's presence
 */
public record MentionInput(UUID mentionId, String sourceType, String sourceId, String role,
                           @Nullable Instant occurredAt, PersonRecord record) {
}
