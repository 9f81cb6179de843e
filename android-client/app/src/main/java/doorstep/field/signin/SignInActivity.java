package doorstep.field.signin;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.TextView;
import doorstep.device.account.SignInProblem;
import doorstep.device.api.model.DeviceEnrolmentRequest;
import doorstep.field.FieldApp;
import doorstep.field.R;
import doorstep.field.keys.UnsafePhoneActivity;
import doorstep.field.lock.LockActivity;
import doorstep.field.lock.PinSetupActivity;
import doorstep.field.settings.ServerAddress;
import doorstep.field.sync.BackgroundSync;
import java.util.Optional;

/**
 * The first screen: the officer signs in with the email and password their team gave them, and the
 * phone is enrolled. It first sends a phone without a working Keystore to the refusal, and an officer
 * already signed in on to the lock. The typed email and server address survive a rotation through
 * the views' own saved state; the password field opts out of it.
 */
public final class SignInActivity extends Activity {

    private static final String WIPED = "doorstep.field.signin.WIPED";
    private static final String WIPED_REMOTELY = "doorstep.field.signin.WIPED_REMOTELY";
    private static final String AGAIN = "doorstep.field.signin.AGAIN";

    private EditText email;
    private EditText password;
    private EditText server;
    private TextView error;
    private Button button;

    /** The sign-in screen after five wrong PINs wiped the phone, saying so. */
    public static Intent afterWipe(Context context) {
        return new Intent(context, SignInActivity.class).putExtra(WIPED, true)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_CLEAR_TASK);
    }

    /** The sign-in screen after the team's wipe command deleted everything on this phone, saying so. */
    public static Intent afterRemoteWipe(Context context) {
        return new Intent(context, SignInActivity.class).putExtra(WIPED_REMOTELY, true)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_CLEAR_TASK);
    }

    /**
     * The sign-in screen over home when the server no longer takes this phone's sign-in: it does not
     * pass on to the lock, and once signed in it asks for a send and goes back to home.
     */
    public static Intent again(Context context) {
        return new Intent(context, SignInActivity.class).putExtra(AGAIN, true);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        FieldApp app = FieldApp.of(this);
        if (!app.keepsCapturesSafe()) {
            leaveFor(new Intent(this, UnsafePhoneActivity.class));
            return;
        }
        boolean again = getIntent().getBooleanExtra(AGAIN, false);
        if (!again && app.account().isSignedIn() && app.enrolment().isEnrolled() && app.pin().isSet()) {
            leaveFor(LockActivity.atStart(this));
            return;
        }
        setContentView(R.layout.sign_in_activity);
        email = findViewById(R.id.sign_in_email);
        password = findViewById(R.id.sign_in_password);
        server = findViewById(R.id.sign_in_server);
        error = findViewById(R.id.sign_in_error);
        button = findViewById(R.id.sign_in_button);
        server.setText(new ServerAddress(this).current());
        button.setOnClickListener(tapped -> signIn());
        if (savedInstanceState == null && getIntent().getBooleanExtra(WIPED, false)) {
            showError(getText(R.string.sign_in_wiped));
        } else if (savedInstanceState == null && getIntent().getBooleanExtra(WIPED_REMOTELY, false)) {
            showError(getText(R.string.sign_in_wiped_remotely));
        } else if (savedInstanceState == null && again) {
            showError(getText(R.string.sign_in_again));
        }
    }

    @Override
    protected void onRestoreInstanceState(Bundle savedInstanceState) {
        super.onRestoreInstanceState(savedInstanceState);
        showError(error.getText());
    }

    private void signIn() {
        SignInEntry entry = new SignInEntry(
                email.getText().toString(), password.getText().toString(), server.getText().toString());
        Optional<EntryMistake> mistake = entry.firstMistake();
        if (mistake.isPresent()) {
            showError(getText(mistake.get().message));
            findViewById(mistake.get().field).requestFocus();
            return;
        }
        new ServerAddress(this).remember(entry.serverAddress());
        password.getText().clear();
        showError("");
        busy(true);
        FieldApp app = FieldApp.of(this);
        app.background().execute(() -> {
            String failure = null;
            try {
                admitOwnerOnly(app, app.account().signIn(entry.email(), entry.password()).userId());
                app.enrolment().enrol(DeviceEnrolmentRequest.PlatformEnum.ANDROID, getString(R.string.app_version));
            } catch (SignInProblem problem) {
                failure = problem.failure().advice();
            }
            String result = failure;
            runOnUiThread(() -> signedIn(result));
        });
    }

    private static void admitOwnerOnly(FieldApp app, String userId) throws SignInProblem {
        try {
            app.owner().admit(userId);
        } catch (SignInProblem anotherOfficer) {
            app.account().signOut();
            throw anotherOfficer;
        }
    }

    private void signedIn(String failure) {
        busy(false);
        if (failure != null) {
            showError(failure);
            return;
        }
        FieldApp app = FieldApp.of(this);
        if (getIntent().getBooleanExtra(AGAIN, false) && app.pin().isSet()) {
            new BackgroundSync(this).appOpened();
            finish();
            return;
        }
        leaveFor(app.pin().isSet() ? LockActivity.atStart(this) : new Intent(this, PinSetupActivity.class));
    }

    private void leaveFor(Intent next) {
        startActivity(next);
        finish();
    }

    private void busy(boolean busy) {
        button.setEnabled(!busy);
        button.setText(busy ? R.string.sign_in_busy : R.string.sign_in_button);
    }

    private void showError(CharSequence message) {
        error.setText(message);
        error.setVisibility(message.length() == 0 ? View.GONE : View.VISIBLE);
    }
}
