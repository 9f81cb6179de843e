package doorstep.field.sync;

import android.content.Context;
import android.content.SharedPreferences;
import android.os.Handler;
import android.os.Looper;
import doorstep.device.sync.SyncReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * How sending is going, for the one sync line: a run in progress and how far it got, the last run's
 * report, when everything was last sent, and whether the server has switched this phone off. The
 * last two outlive the process; none of it holds a child's data.
 */
public final class SyncProgress {

    /** What the sync line is drawn from. */
    public record Now(boolean sending, int settled, int total, @Nullable SyncReport last,
            @Nullable Instant allSentAt, boolean revoked) {
    }

    private static final String ALL_SENT_AT = "all-sent-at";
    private static final String REVOKED = "revoked";

    private final SharedPreferences preferences;
    private final Handler main = new Handler(Looper.getMainLooper());
    private final List<Runnable> watchers = new ArrayList<>();
    private boolean sending;
    private int settled;
    private int total;
    @Nullable
    private SyncReport last;

    public SyncProgress(Context context) {
        this.preferences = context.getSharedPreferences("sync-progress", Context.MODE_PRIVATE);
    }

    public synchronized Now now() {
        long allSentAt = preferences.getLong(ALL_SENT_AT, 0);
        return new Now(sending, settled, total, last, allSentAt == 0 ? null : Instant.ofEpochMilli(allSentAt),
                preferences.getBoolean(REVOKED, false));
    }

    /** {@code watcher} runs on the main thread after each change, until {@link #unwatch}. */
    public synchronized void watch(Runnable watcher) {
        watchers.add(watcher);
    }

    public synchronized void unwatch(Runnable watcher) {
        watchers.remove(watcher);
    }

    public synchronized void started(int due) {
        sending = due > 0;
        settled = 0;
        total = due;
        changed();
    }

    public synchronized void settledOne() {
        settled = Math.min(settled + 1, total);
        changed();
    }

    public synchronized void finished(SyncReport report, Instant at) {
        sending = false;
        last = report;
        if (report.waiting() == 0 && report.problem() == null) {
            preferences.edit().putLong(ALL_SENT_AT, at.toEpochMilli()).apply();
        }
        changed();
    }

    synchronized void revoked() {
        preferences.edit().putBoolean(REVOKED, true).commit();
        changed();
    }

    public synchronized void forget() {
        preferences.edit().clear().commit();
        sending = false;
        last = null;
        changed();
    }

    private void changed() {
        for (Runnable watcher : List.copyOf(watchers)) {
            main.post(watcher);
        }
    }
}
