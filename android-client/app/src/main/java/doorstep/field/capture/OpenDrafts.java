package doorstep.field.capture;

import android.content.Context;
import android.content.SharedPreferences;
import java.util.Optional;
import java.util.UUID;

/**
 * Which draft of each kind is open: the pointer that brings work back after the app was swiped from
 * Recents, killed, or the battery died, when no saved instance state survives (ODK Collect's #6039).
 * It holds ids only; the draft itself is in the outbox, encrypted. Written with commit(), not apply(),
 * so it is on disk before the screen goes on.
 */
public final class OpenDrafts {

    private final SharedPreferences preferences;

    public OpenDrafts(Context context) {
        this.preferences = context.getSharedPreferences("open-drafts", Context.MODE_PRIVATE);
    }

    public Optional<UUID> of(String kind) {
        String id = preferences.getString(kind, null);
        return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
    }

    public void open(String kind, UUID draft) {
        preferences.edit().putString(kind, draft.toString()).commit();
    }

    public void close(String kind) {
        preferences.edit().remove(kind).commit();
    }
}
