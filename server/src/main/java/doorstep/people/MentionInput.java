package doorstep.people;

import doorstep.people.matching.PersonRecord;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A person as one source recorded them, to be resolved.
 *
 * @param sourceType what recorded them: a kind of capture's source type, "file", "import"
 * @param sourceId   the capture's id, or the file's or import's own name for the row
 * @param role       their part in the source: victim, suspect, other, or a child's presence
 * @param occurredAt when the capture happened; a dated mention with a capture's id shows on the person's timeline
 */
public record MentionInput(UUID mentionId, String sourceType, String sourceId, String role,
                           @Nullable Instant occurredAt, PersonRecord record) {
}
