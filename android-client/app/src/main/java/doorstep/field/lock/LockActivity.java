package doorstep.field.lock;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;
import doorstep.device.lock.AppPin;
import doorstep.field.FieldApp;
import doorstep.field.R;
import doorstep.field.home.HomeActivity;
import doorstep.field.signin.SignInActivity;

/**
 * The lock screen, in front of whatever the officer was doing. The PIN (or a fingerprint or face where
 * the phone has one) opens it; Back leaves the app rather than the lock; the fourth wrong PIN warns
 * that the fifth signs out and wipes the phone's Doorstep data, and the fifth does.
 */
public final class LockActivity extends Activity {

    private static final String THEN_HOME = "doorstep.field.lock.THEN_HOME";

    private EditText pin;
    private TextView error;

    /** The lock at app start: once open, it goes on to the home screen. */
    public static Intent atStart(Context context) {
        return new Intent(context, LockActivity.class).putExtra(THEN_HOME, true);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        ChildDataActivity.SecureWindow.protect(this);
        setContentView(R.layout.lock_activity);
        pin = findViewById(R.id.lock_pin);
        error = findViewById(R.id.lock_error);
        findViewById(R.id.lock_unlock).setOnClickListener(tapped -> tryPin());
        View biometric = findViewById(R.id.lock_biometric);
        if (BiometricUnlock.isAvailable(this)) {
            biometric.setVisibility(View.VISIBLE);
            biometric.setOnClickListener(tapped -> BiometricUnlock.ask(this,
                    getString(R.string.lock_biometric_title), getString(R.string.lock_biometric_use_pin), this::open));
        }
    }

    @Override
    public void onBackPressed() {
        moveTaskToBack(true);
    }

    private void tryPin() {
        String typed = pin.getText().toString();
        pin.getText().clear();
        if (!AppPin.isWellFormed(typed)) {
            show(getString(R.string.lock_not_six_digits));
            return;
        }
        FieldApp app = FieldApp.of(this);
        AppPin.Attempt attempt = app.pin().check(typed);
        if (attempt.right()) {
            open();
        } else if (attempt.mustWipe()) {
            app.wipe();
            startActivity(SignInActivity.afterWipe(this));
            finishAffinity();
        } else if (attempt.isLastTryNext()) {
            show(getString(R.string.lock_last_try));
        } else {
            show(getResources().getQuantityString(R.plurals.lock_wrong_pin, attempt.triesLeft(), attempt.triesLeft()));
        }
    }

    private void open() {
        FieldApp.of(this).lock().unlocked();
        if (getIntent().getBooleanExtra(THEN_HOME, false)) {
            startActivity(new Intent(this, HomeActivity.class));
        }
        finish();
    }

    private void show(CharSequence message) {
        error.setText(message);
        error.setVisibility(View.VISIBLE);
    }
}
