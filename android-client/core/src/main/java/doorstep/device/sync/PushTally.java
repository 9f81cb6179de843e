package doorstep.device.sync;

import javax.annotation.Nullable;

/** What one push did, and how it ended. */
record PushTally(SyncStatus status, int receipted, int rejected, @Nullable String problem) {

    static PushTally start() {
        return new PushTally(SyncStatus.DONE, 0, 0, null);
    }

    PushTally plusReceipted() {
        return new PushTally(status, receipted + 1, rejected, problem);
    }

    PushTally plusRejected() {
        return new PushTally(status, receipted, rejected + 1, problem);
    }

    PushTally failed(SyncStatus failure, String why) {
        return new PushTally(failure, receipted, rejected, why);
    }
}
