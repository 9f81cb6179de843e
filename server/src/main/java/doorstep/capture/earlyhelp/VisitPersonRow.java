package doorstep.capture.earlyhelp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * One adult or child as a visit recorded them; the row id is the server's own mention id for them.
 *
 * @param kind      "adult" or "child"
 * @param detailsCt the person as captured (name, date of birth, NHS number, for a child the voice), sealed
 */
@MappedEntity("eh_visit_person")
record VisitPersonRow(@Id UUID id, String tenantId, UUID visitId, UUID mentionId, int position, String kind,
                      String role, @Nullable Boolean seen, @Nullable Boolean seenAlone, @Nullable Boolean spokenTo,
                      byte[] detailsCt) {

    static final String ADULT = "adult";
    static final String CHILD = "child";
}
