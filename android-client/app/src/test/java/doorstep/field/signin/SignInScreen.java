package doorstep.field.signin;

import android.graphics.Rect;
import android.os.Looper;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;
import doorstep.field.R;
import doorstep.field.testing.Screenshots;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;

import static org.robolectric.Shadows.shadowOf;

/** The sign-in screen as a test drives it: this class knows the views, the test knows the story. */
public final class SignInScreen {

    private final ActivityController<SignInActivity> controller;

    private SignInScreen(ActivityController<SignInActivity> controller) {
        this.controller = controller;
    }

    public static SignInScreen open() {
        return new SignInScreen(Robolectric.buildActivity(SignInActivity.class).setup());
    }

    /** The screen as it opens after five wrong PINs wiped the phone. */
    static SignInScreen openAfterWipe() {
        return new SignInScreen(Robolectric.buildActivity(SignInActivity.class,
                SignInActivity.afterWipe(application())).setup());
    }

    /** The screen as the home screen's sync line opens it once the sign-in has run out. */
    static SignInScreen openAgain() {
        return new SignInScreen(Robolectric.buildActivity(SignInActivity.class,
                SignInActivity.again(application())).setup());
    }

    private static android.content.Context application() {
        return org.robolectric.RuntimeEnvironment.getApplication();
    }

    public SignInScreen typeEmail(String text) {
        return type(R.id.sign_in_email, text);
    }

    public SignInScreen typePassword(String text) {
        return type(R.id.sign_in_password, text);
    }

    public SignInScreen typeServerAddress(String text) {
        return type(R.id.sign_in_server, text);
    }

    public SignInScreen tapSignIn() {
        view(R.id.sign_in_button).performClick();
        shadowOf(Looper.getMainLooper()).idle();
        return this;
    }

    /** Rotates the phone: the Activity is destroyed and made again from its saved state. */
    SignInScreen rotate() {
        controller.recreate();
        return this;
    }

    String email() {
        return field(R.id.sign_in_email).getText().toString();
    }

    String password() {
        return field(R.id.sign_in_password).getText().toString();
    }

    String serverAddress() {
        return field(R.id.sign_in_server).getText().toString();
    }

    /** The error line as the officer sees it: empty when it is hidden. */
    public String error() {
        TextView error = (TextView) view(R.id.sign_in_error);
        return error.getVisibility() == View.VISIBLE ? error.getText().toString() : "";
    }

    /** True when the whole Sign in button is inside the window, without scrolling. */
    boolean signInButtonIsWhollyOnScreen() {
        View button = view(R.id.sign_in_button);
        Rect visible = new Rect();
        return button.getGlobalVisibleRect(visible) && visible.height() == button.getHeight();
    }

    boolean hasFocus(int fieldId) {
        return field(fieldId).isFocused();
    }

    int inputType(int fieldId) {
        return field(fieldId).getInputType();
    }

    /** The screen the app went on to, by its Activity's simple name; empty if it stayed. */
    public String nextScreen() {
        android.content.Intent next = shadowOf(controller.get()).peekNextStartedActivity();
        return next == null ? "" : next.getComponent().getShortClassName().replaceAll(".*\\.", "");
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

    /** Replaces the field's text, leaving the cursor at the end as typing does. */
    private SignInScreen type(int fieldId, String text) {
        EditText field = field(fieldId);
        field.setText(text);
        field.setSelection(field.length());
        return this;
    }

    private EditText field(int id) {
        return (EditText) view(id);
    }
}
