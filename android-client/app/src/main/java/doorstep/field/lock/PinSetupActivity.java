package doorstep.field.lock;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;
import doorstep.device.lock.AppPin;
import doorstep.field.FieldApp;
import doorstep.field.R;
import doorstep.field.home.HomeActivity;

/** After the first sign-in: the officer chooses the 6-digit PIN that opens the app from then on. */
public final class PinSetupActivity extends Activity {

    private EditText pin;
    private EditText confirm;
    private TextView error;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        ChildDataActivity.SecureWindow.protect(this);
        setContentView(R.layout.pin_setup_activity);
        pin = findViewById(R.id.pin_setup_pin);
        confirm = findViewById(R.id.pin_setup_confirm);
        error = findViewById(R.id.pin_setup_error);
        findViewById(R.id.pin_setup_button).setOnClickListener(tapped -> save());
    }

    private void save() {
        String chosen = pin.getText().toString();
        String again = confirm.getText().toString();
        if (!AppPin.isWellFormed(chosen)) {
            refuse(R.string.pin_setup_not_six_digits);
            return;
        }
        if (!chosen.equals(again)) {
            refuse(R.string.pin_setup_mismatch);
            return;
        }
        FieldApp app = FieldApp.of(this);
        app.pin().set(chosen);
        app.lock().unlocked();
        startActivity(new Intent(this, HomeActivity.class));
        finish();
    }

    private void refuse(int message) {
        pin.getText().clear();
        confirm.getText().clear();
        pin.requestFocus();
        error.setText(message);
        error.setVisibility(View.VISIBLE);
    }
}
