package doorstep.capture.returnhome;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A return home interview, sealed whole, with the facts its MASH rule read in the clear. */
@MappedEntity("return_interview")
record InterviewRow(@Id UUID id, String tenantId, UUID episodeId, String interviewerUid, String interviewerAgency,
                    UUID deviceId, Instant interviewedAt, byte[] interviewCt, String checklistId,
                    String checklistVersion, int yesCount, boolean judgementHigh, boolean referred,
                    Instant recordedAt) {
}
