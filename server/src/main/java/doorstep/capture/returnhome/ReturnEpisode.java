package doorstep.capture.returnhome;

import doorstep.api.model.PersonName;
import doorstep.api.model.Place;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A missing episode decrypted for a reader the caller has authorised and audits.
 *
 * @param childMentionId the server's id of the child as a mention, to find the child among people
 */
public record ReturnEpisode(UUID id, UUID childMentionId, PersonName child, @Nullable LocalDate childDateOfBirth,
                            Instant missingFrom, Instant returnedAt, Place whereFound) {
}
