package doorstep.capture.returnhome;

import doorstep.api.model.ReturnHomeTask;

import java.util.Optional;
import java.util.UUID;

/**
 * The return home interview task of an episode, as the service that owns tasks shows it; that
 * service implements this, so the interview shows its task to the triager without depending on it.
 */
public interface ReturnTaskViews {

    /** The task, unaudited (the caller audits); empty when the tenant has no such task. */
    Optional<ReturnHomeTask> task(String tenantId, UUID taskId);
}
