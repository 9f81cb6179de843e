package doorstep.field.testing;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.content.Intent;
import android.os.Bundle;
import android.os.Looper;
import android.view.View;
import android.widget.Button;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.ScrollView;
import android.widget.Spinner;
import doorstep.field.R;
import doorstep.field.capture.CaptureActivity;
import java.time.Duration;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.shadows.ShadowAlertDialog;

import static org.robolectric.Shadows.shadowOf;

/**
 * Any capture form as a test drives it, field by field key; each form's own page object adds the
 * story (fill in an incident, a child's voice...). Knows the views so the tests need not; what the
 * form shows is read through {@link CaptureFormShown}.
 */
public class CaptureScreen<A extends CaptureActivity, S extends CaptureScreen<A, S>> extends CaptureFormShown<A> {

    private final Class<A> activity;
    private ActivityController<A> controller;

    protected CaptureScreen(Class<A> activity, Intent intent) {
        this.activity = activity;
        this.controller = Robolectric.buildActivity(activity, intent).setup();
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    public S type(String key, String text) {
        EditText field = (EditText) view(key);
        field.requestFocus();
        field.setText(text);
        field.setSelection(field.length());
        return self();
    }

    public S choose(String key, String value) {
        view(key + "=" + value).performClick();
        return self();
    }

    public S pick(String key, int position) {
        Spinner spinner = (Spinner) view(key);
        spinner.setSelection(position);
        idle();
        return self();
    }

    public S tick(String key) {
        ((CheckBox) view(key)).setChecked(true);
        return self();
    }

    public S tap(String tag) {
        view(tag).performClick();
        idle();
        return self();
    }

    public S tapSend() {
        controller.get().findViewById(R.id.capture_send).performClick();
        idle();
        return self();
    }

    /** Runs what is waiting on the main thread, no later than now: the debounced save is not yet due. */
    public S idle() {
        shadowOf(Looper.getMainLooper()).idle();
        return self();
    }

    public S waitFor(Duration time) {
        shadowOf(Looper.getMainLooper()).idleFor(time);
        return self();
    }

    public S rotate() {
        controller.recreate();
        return self();
    }

    /** The screen goes behind another (a call comes in): paused, nothing else. */
    public S pause() {
        controller.pause();
        return self();
    }

    /**
     * As after a swipe from Recents on Android 12+, or the process killed: the Activity goes without
     * saving its instance state, and the app is opened again from nothing, with no saved Bundle.
     */
    public S killAndOpenAgain() {
        controller.pause().stop().destroy();
        Intent launch = new Intent(controller.get().getIntent());
        launch.removeExtra(CaptureActivity.EXTRA_DRAFT);
        controller = Robolectric.buildActivity(activity, launch).setup();
        return self();
    }

    public Bundle savedState() {
        Bundle bundle = new Bundle();
        controller.saveInstanceState(bundle);
        return bundle;
    }

    public S answerDialog(String button) {
        AlertDialog dialog = (AlertDialog) ShadowAlertDialog.getLatestDialog();
        for (int which : new int[] {DialogInterface.BUTTON_POSITIVE, DialogInterface.BUTTON_NEGATIVE}) {
            Button shown = dialog.getButton(which);
            if (shown.getText().toString().equals(button)) {
                shown.performClick();
                idle();
                return self();
            }
        }
        throw new AssertionError("No button " + button + " on " + dialogTitle());
    }

    /** Scrolls so the field's label is near the top of the screen, as the worker would to see it. */
    public S scrollTo(String key) {
        waitFor(Duration.ofSeconds(1));
        View field = view(key);
        ScrollView scroll = controller.get().findViewById(R.id.capture_scroll);
        int top = 0;
        for (View v = field; v != scroll; v = (View) v.getParent()) {
            top += v.getTop();
        }
        scroll.smoothScrollTo(0, Math.max(0, top - field.getHeight() * 2));
        waitFor(Duration.ofSeconds(1));
        return self();
    }

    /** Scrolls to the top as a thumb would, once any scroll Send started has run. */
    public S scrollToTop() {
        waitFor(Duration.ofSeconds(1));
        ((ScrollView) controller.get().findViewById(R.id.capture_scroll)).smoothScrollTo(0, 0);
        waitFor(Duration.ofSeconds(1));
        return self();
    }

    @Override
    public A activity() {
        return controller.get();
    }

    /**
     * Draws the screen once its radio buttons have finished their check animations, which run only
     * from a first drawing: so it is drawn, given a second, and drawn again for the picture.
     */
    public S screenshot(String name) {
        View window = controller.get().getWindow().getDecorView();
        waitFor(Duration.ofMillis(100));
        window.draw(new android.graphics.Canvas(android.graphics.Bitmap.createBitmap(
                window.getWidth(), window.getHeight(), android.graphics.Bitmap.Config.ARGB_8888)));
        waitFor(Duration.ofSeconds(1));
        Screenshots.write(controller.get(), name);
        return self();
    }
}
