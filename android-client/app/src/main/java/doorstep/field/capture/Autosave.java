package doorstep.field.capture;

import android.os.Handler;
import android.os.Looper;
import doorstep.device.outbox.Outbox;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * Saves the form's state into the outbox, encrypted, half a second after the last change (one save
 * per pause in typing, not per key) and at once when asked ({@link #now}), as the screen pauses.
 * The first save makes the draft and opens its pointer.
 */
final class Autosave {

    static final long DELAY_MS = 500;

    private final Handler handler = new Handler(Looper.getMainLooper());
    private final Runnable save = this::now;
    private final Outbox outbox;
    private final OpenDrafts pointers;
    private final String kind;
    private final Runnable saved;
    private FormState state;
    @Nullable
    private UUID draft;
    private boolean dirty;
    private boolean stopped;

    Autosave(Outbox outbox, OpenDrafts pointers, String kind, Runnable saved) {
        this.outbox = outbox;
        this.pointers = pointers;
        this.kind = kind;
        this.saved = saved;
        this.state = new FormState();
    }

    /** Follows a draft already saved (or none, for a new capture). */
    void follow(FormState state, @Nullable UUID draft) {
        handler.removeCallbacks(save);
        this.state = state;
        this.draft = draft;
        this.dirty = false;
    }

    void changed() {
        if (stopped) {
            return;
        }
        dirty = true;
        handler.removeCallbacks(save);
        handler.postDelayed(save, DELAY_MS);
    }

    void now() {
        handler.removeCallbacks(save);
        if (!dirty) {
            return;
        }
        if (draft == null) {
            draft = outbox.saveDraft(kind, state.toJson());
            pointers.open(kind, draft);
        } else {
            outbox.updateDraft(draft, state.toJson());
        }
        dirty = false;
        saved.run();
    }

    /** The draft's id, saving it first if nothing had been saved yet. */
    UUID saved() {
        if (draft == null) {
            dirty = true;
        }
        now();
        return draft;
    }

    /**
     * Stops saving for good: the draft was sealed, and a change arriving after (a focus moving as the
     * screen closes) must not try to write into it.
     */
    void stop() {
        handler.removeCallbacks(save);
        dirty = false;
        stopped = true;
    }

    @Nullable
    UUID draft() {
        return draft;
    }
}
