package doorstep.field.lock;

import android.app.Activity;
import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.view.WindowManager;
import android.widget.EditText;
import android.widget.TextView;
import doorstep.field.testing.Screenshots;
import org.robolectric.android.controller.ActivityController;

import static org.robolectric.Shadows.shadowOf;

/** What the PIN setup and lock screens' page objects share: typing, reading the error line, where the app went. */
abstract class PinScreens<A extends Activity> {

    final ActivityController<A> controller;

    PinScreens(ActivityController<A> controller) {
        this.controller = controller;
    }

    void type(int fieldId, String text) {
        EditText field = (EditText) view(fieldId);
        field.setText(text);
        field.setSelection(field.length());
    }

    void tap(int id) {
        view(id).performClick();
        shadowOf(Looper.getMainLooper()).idle();
    }

    String textOf(int fieldId) {
        return ((TextView) view(fieldId)).getText().toString();
    }

    /** The error line as the officer sees it: empty when hidden. */
    String errorLine(int id) {
        TextView error = (TextView) view(id);
        return error.getVisibility() == View.VISIBLE ? error.getText().toString() : "";
    }

    int inputType(int fieldId) {
        return ((EditText) view(fieldId)).getInputType();
    }

    /** The screen the app went on to, by its Activity's simple name; empty if it stayed. */
    public String nextScreen() {
        Intent next = shadowOf(controller.get()).peekNextStartedActivity();
        return next == null ? "" : next.getComponent().getClassName().replaceAll(".*\\.", "");
    }

    boolean isClosed() {
        return controller.get().isFinishing();
    }

    boolean hidesItselfFromScreenshots() {
        return (controller.get().getWindow().getAttributes().flags & WindowManager.LayoutParams.FLAG_SECURE) != 0;
    }

    View view(int id) {
        return controller.get().findViewById(id);
    }

    void screenshot(String name) {
        Screenshots.write(controller.get(), name);
    }
}
