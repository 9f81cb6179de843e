package doorstep.field.sync;

import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.SubmissionStatus;
import doorstep.device.sync.SyncListener;
import doorstep.device.sync.SyncReport;
import doorstep.device.sync.SyncStatus;
import doorstep.field.FieldApp;
import java.util.UUID;

/** What the app does with what a sync run hears: progress for the sync line, receipt times, device commands. */
final class SyncReporting implements SyncListener {

    private final FieldApp app;
    private volatile boolean wipeAsked;

    SyncReporting(FieldApp app) {
        this.app = app;
    }

    /** Whether the feed said to wipe: done once the run ends, as the run still writes to the store until then. */
    boolean wipeAsked() {
        return wipeAsked;
    }

    @Override
    public void onSubmissionSettled(UUID submissionId, SubmissionStatus status) {
        if (status == SubmissionStatus.ACCEPTED || status == SubmissionStatus.DUPLICATE) {
            new ReceiptTimes(app).record(submissionId, app.clock().instant());
        }
        app.syncProgress().settledOne();
    }

    @Override
    public void onReport(SyncReport report) {
        if (report.status() == SyncStatus.DEVICE_REVOKED) {
            app.syncProgress().revoked();
        }
        app.syncProgress().finished(report, app.clock().instant());
    }

    @Override
    public void onDeviceCommand(UUID commandId, DeviceAction action) {
        if (action == DeviceAction.WIPE) {
            wipeAsked = true;
        } else if (action == DeviceAction.LOCK) {
            app.lock().wentToBackground(true); // locks now, as leaving a child's data does
        }
    }
}
