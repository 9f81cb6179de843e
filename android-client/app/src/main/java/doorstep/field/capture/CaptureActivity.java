package doorstep.field.capture;

import android.app.Activity;
import android.os.Bundle;
import android.view.View;
import android.view.WindowManager;
import android.widget.LinearLayout;
import android.widget.ScrollView;
import android.widget.TextView;
import android.widget.Toast;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.field.FieldApp;
import doorstep.field.R;
import doorstep.field.sync.BackgroundSync;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A capture form's screen. Each change is saved, encrypted, half a second later and whenever the
 * screen pauses; the draft's id is kept in the saved state and in {@link OpenDrafts}, so a rotation,
 * a killed process or a swipe from Recents brings every answer back. The Bundle holds the id only:
 * Android may write it to disk in clear, and a child's words must never be there.
 */
public abstract class CaptureActivity extends Activity {

    /** The draft to open, for a home screen listing drafts. */
    public static final String EXTRA_DRAFT = "doorstep.field.capture.DRAFT";
    private static final String SAVED_DRAFT = "draft";

    private CaptureForm form;
    private Outbox outbox;
    private Clock clock;
    private OpenDrafts pointers;
    private Autosave autosave;
    private FormState state = new FormState();
    private FormViews views;
    private ProblemList problems;

    protected abstract CaptureForm form();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        getWindow().addFlags(WindowManager.LayoutParams.FLAG_SECURE);
        setContentView(R.layout.capture_activity);
        form = form();
        outbox = FieldApp.of(this).outbox();
        clock = FieldApp.of(this).clock();
        pointers = new OpenDrafts(this);
        autosave = new Autosave(outbox, pointers, form.kind(), this::showSaved);
        problems = new ProblemList(findViewById(R.id.capture_problems), findViewById(R.id.capture_scroll));
        ((TextView) findViewById(R.id.capture_title)).setText(form.title());
        findViewById(R.id.capture_send).setOnClickListener(tapped -> send());
        status(getString(R.string.capture_not_saved_yet));

        String saved = savedInstanceState == null ? null : savedInstanceState.getString(SAVED_DRAFT);
        String asked = saved != null ? saved : getIntent().getStringExtra(EXTRA_DRAFT);
        if (asked == null || !open(UUID.fromString(asked))) {
            startNew();
            pointers.of(form.kind()).flatMap(outbox::item)
                    .filter(item -> item.state().isEditable())
                    .ifPresent(this::offer);
        }
    }

    @Override
    protected void onPause() {
        autosave.now();
        super.onPause();
    }

    @Override
    protected void onSaveInstanceState(Bundle outState) {
        super.onSaveInstanceState(outState);
        autosave.now();
        if (autosave.draft() != null) {
            outState.putString(SAVED_DRAFT, autosave.draft().toString());
        }
    }

    /** The answers as they stand; for tests, which key some fields by record ids. */
    public FormState state() {
        return state;
    }

    private void startNew() {
        state = new FormState();
        form.start(state, getIntent(), clock);
        autosave.follow(state, null);
        render();
    }

    private boolean open(UUID draft) {
        Optional<OutboxItem> item = outbox.item(draft);
        if (item.isEmpty() || !item.get().state().isEditable()) {
            return false;
        }
        try {
            state = FormState.fromJson(outbox.readDraft(draft));
        } catch (UnreadableRecordProblem unreadable) {
            status(getString(R.string.capture_unreadable));
            return false;
        }
        autosave.follow(state, draft);
        pointers.open(form.kind(), draft);
        render();
        return true;
    }

    private void offer(OutboxItem draft) {
        new DraftOffer(this, form.noun(), draft.createdAt(), clock).show(new DraftOffer.Choice() {
            @Override
            public void carryOn() {
                open(draft.id());
            }

            @Override
            public void discard() {
                outbox.discardDraft(draft.id());
                pointers.close(form.kind());
            }
        });
    }

    /** Draws the form from the state; the field that had the focus keeps it. */
    private void render() {
        LinearLayout container = findViewById(R.id.capture_form);
        View focused = container.findFocus();
        Object focusedKey = focused == null ? null : focused.getTag();
        container.removeAllViews();
        views = new FormViews(this, container, state, autosave::changed, this::restructured);
        form.build(views, state);
        View refocus = focusedKey == null ? null : container.findViewWithTag(focusedKey);
        if (refocus != null) {
            refocus.requestFocus();
        }
    }

    /** A person was added or removed: the form is drawn again around the new list, and saved. */
    private void restructured() {
        autosave.changed();
        render();
    }

    private void send() {
        autosave.now();
        Reading reading = form.read(state, clock);
        if (!reading.ready()) {
            status(reading.problems().size() == 1 ? getString(R.string.capture_problem_status)
                    : getString(R.string.capture_problems_status, reading.problems().size()));
            problems.show(reading.problems(), this::fieldFor);
            return;
        }
        problems.hide();
        Optional<Sealing> sealing = FieldApp.of(this).sealing();
        if (sealing.isEmpty()) {
            status(getString(R.string.capture_not_enrolled));
            return;
        }
        UUID draft = autosave.saved();
        outbox.updateDraft(draft, reading.json());
        autosave.stop();
        OutboxItem sealed = outbox.seal(draft, sealing.get().sealer(), sealing.get().deviceId());
        pointers.close(form.kind());
        if (sealed.state() == OutboxState.REJECTED) {
            status(sealed.rejectionReason());
            return;
        }
        new BackgroundSync(this).captureSealed();
        Toast.makeText(this, R.string.capture_sealed, Toast.LENGTH_LONG).show();
        setResult(RESULT_OK);
        finish();
    }

    private View fieldFor(Problem problem) {
        if (problem.key() != null) {
            View byKey = findViewById(R.id.capture_form).findViewWithTag(problem.key());
            if (byKey != null) {
                return byKey;
            }
        }
        return views.fieldFor(problem.message());
    }

    private void showSaved() {
        status(getString(R.string.capture_saved, FormReader.timeText(LocalTime.now(clock))));
    }

    private void status(CharSequence text) {
        ((TextView) findViewById(R.id.capture_status)).setText(text);
    }
}
