package doorstep.field.keys;

import android.app.Activity;
import android.content.Intent;
import android.view.View;
import android.widget.TextView;
import doorstep.field.R;
import doorstep.field.signin.SignInActivity;
import doorstep.field.testing.Screenshots;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;

import static org.robolectric.Shadows.shadowOf;

/** The refusal shown on a phone without a working Keystore, reached the way the officer reaches it. */
final class UnsafePhoneScreen {

    private final ActivityController<UnsafePhoneActivity> controller;
    private final boolean launcherFinished;

    private UnsafePhoneScreen(ActivityController<UnsafePhoneActivity> controller, boolean launcherFinished) {
        this.controller = controller;
        this.launcherFinished = launcherFinished;
    }

    /** Taps the app's icon: opens the launcher screen and follows where it sends the officer. */
    static UnsafePhoneScreen launchApp() {
        Activity launcher = Robolectric.buildActivity(SignInActivity.class).setup().get();
        Intent next = shadowOf(launcher).getNextStartedActivity();
        if (next == null || !UnsafePhoneActivity.class.getName().equals(next.getComponent().getClassName())) {
            throw new AssertionError("The launcher did not send the officer to the refusal screen but to " + next);
        }
        return new UnsafePhoneScreen(Robolectric.buildActivity(UnsafePhoneActivity.class, next).setup(),
                launcher.isFinishing());
    }

    boolean launcherClosed() {
        return launcherFinished;
    }

    String title() {
        return text(R.id.unsafe_phone_title);
    }

    String message() {
        return text(R.id.unsafe_phone_message);
    }

    UnsafePhoneScreen tapClose() {
        controller.get().findViewById(R.id.unsafe_phone_close).performClick();
        return this;
    }

    boolean isClosed() {
        return controller.get().isFinishing();
    }

    View view(int id) {
        return controller.get().findViewById(id);
    }

    void screenshot(String name) {
        Screenshots.write(controller.get(), name);
    }

    private String text(int id) {
        return ((TextView) view(id)).getText().toString();
    }
}
