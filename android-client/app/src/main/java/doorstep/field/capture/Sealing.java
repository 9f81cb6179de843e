package doorstep.field.capture;

import doorstep.device.crypto.SubmissionSealer;
import java.util.UUID;

/**
 * What sending needs from enrolment: the sealer for the tenant's intake key and this phone's device
 * id. {@code FieldApp.sealing()} has it once the phone is enrolled; until then Send keeps the draft.
 */
public interface Sealing {

    SubmissionSealer sealer();

    UUID deviceId();
}
