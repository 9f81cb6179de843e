package doorstep.device.sync;

import doorstep.device.api.model.SubmissionStatus;
import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.TaskNotice;
import java.util.UUID;

/** What the app must act on after a sync: lock or wipe commands, tasks made or changed, and each run's report. */
public interface SyncListener {

    /** The same command may arrive twice after an interrupted run; {@code commandId} tells them apart. */
    void onDeviceCommand(UUID commandId, DeviceAction action);

    default void onReport(SyncReport report) {
    }

    /**
     * A task for this worker or their service was made, claimed or closed; {@link TaskNotices} keeps
     * the newest of each. Heard once per newer notice, so the app can refresh its task list.
     */
    default void onTaskNotice(TaskNotice notice) {
    }

    /**
     * The server settled one pushed item: {@code ACCEPTED} the first time it is stored,
     * {@code DUPLICATE} when an earlier push had already stored it (its answer was lost on the way).
     */
    default void onSubmissionSettled(UUID submissionId, SubmissionStatus status) {
    }
}
