package doorstep.field.sync;

import android.content.Context;
import android.content.SharedPreferences;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * When the server took each capture, as this phone heard it: the outbox keeps only the receipt id,
 * and the home screen shows "Sent at 14:02". Submission ids and times only, nothing of a child.
 */
public final class ReceiptTimes {

    private final SharedPreferences preferences;

    public ReceiptTimes(Context context) {
        this.preferences = context.getSharedPreferences("receipt-times", Context.MODE_PRIVATE);
    }

    public Optional<Instant> of(UUID submissionId) {
        long at = preferences.getLong(submissionId.toString(), 0);
        return at == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
    }

    /** Keeps the first time heard: a duplicate answer after a lost reply does not move it. */
    void record(UUID submissionId, Instant at) {
        if (!preferences.contains(submissionId.toString())) {
            preferences.edit().putLong(submissionId.toString(), at.toEpochMilli()).apply();
        }
    }

    public void forget() {
        preferences.edit().clear().commit();
    }
}
