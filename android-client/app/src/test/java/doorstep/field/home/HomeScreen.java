package doorstep.field.home;

import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.widget.ScrollView;
import android.widget.TextView;
import doorstep.field.R;
import doorstep.field.testing.Screenshots;
import doorstep.field.testing.TestFieldApp;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;

import static org.robolectric.Shadows.shadowOf;

/** The home screen as an officer sees it, for the tests: the sync line, the rows by tag, the buttons. */
public final class HomeScreen {

    /** What the sync line says once the server has revoked this phone. */
    public static final String REVOKED_LINE = SyncLine.REVOKED;

    private final ActivityController<HomeActivity> controller;

    private HomeScreen() {
        controller = Robolectric.buildActivity(HomeActivity.class).setup();
    }

    /** Opens home on an unlocked app, as after the PIN. */
    public static HomeScreen open() {
        TestFieldApp.get().lock().unlocked();
        return new HomeScreen().idle();
    }

    public String syncLine() {
        return ((TextView) controller.get().findViewById(R.id.home_sync)).getText().toString();
    }

    /** Whether tapping the sync line does something (it opens sign-in when sign-in has run out). */
    public boolean syncLineIsTappable() {
        return controller.get().findViewById(R.id.home_sync).isClickable();
    }

    public HomeScreen tapSyncLine() {
        controller.get().findViewById(R.id.home_sync).performClick();
        return idle();
    }

    /** The "New …" action that starts a capture of this kind, e.g. "early-help-visit". */
    public View newCaptureAction(String kind) {
        View action = controller.get().findViewById(R.id.home_new).findViewWithTag("new:" + kind);
        if (action == null) {
            throw new AssertionError("No New action for " + kind + " on the home screen");
        }
        return action;
    }

    /** A row's text; rows are tagged "task:", "refused:", "draft:", "waiting:" or "sent:" and an id. */
    public String row(String tag) {
        View row = controller.get().findViewById(R.id.home_list).findViewWithTag(tag);
        if (row == null) {
            throw new AssertionError("No row " + tag + " on the home screen");
        }
        return ((TextView) row).getText().toString();
    }

    public boolean shows(String tag) {
        return controller.get().findViewById(R.id.home_list).findViewWithTag(tag) != null;
    }

    public HomeScreen tap(String tag) {
        controller.get().getWindow().getDecorView().findViewWithTag(tag).performClick();
        return idle();
    }

    /** The next screen the home screen started, or null. */
    public Intent started() {
        return shadowOf(controller.get()).getNextStartedActivity();
    }

    /** Back on the home screen after another: drawn afresh. */
    public HomeScreen comeBack() {
        controller.pause().resume();
        return idle();
    }

    public HomeScreen idle() {
        shadowOf(Looper.getMainLooper()).idle();
        return this;
    }

    public HomeScreen scrollTo(String tag) {
        View row = controller.get().findViewById(R.id.home_list).findViewWithTag(tag);
        ((ScrollView) controller.get().findViewById(R.id.home_scroll)).scrollTo(0, row.getTop());
        return idle();
    }

    public HomeScreen screenshot(String name) {
        idle();
        Screenshots.write(controller.get(), name);
        return this;
    }

    public HomeActivity activity() {
        return controller.get();
    }
}
