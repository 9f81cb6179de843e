package doorstep.field.signin;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;
import doorstep.field.FieldApp;
import doorstep.field.R;
import doorstep.field.keys.UnsafePhoneActivity;
import doorstep.field.settings.ServerAddress;
import java.util.Optional;

/**
 * The first screen: the officer signs in with the email and password their team gave them. The
 * typed email and server address survive a rotation through the views' own saved state; the
 * password field opts out of it.
 */
public final class SignInActivity extends Activity {

    private EditText email;
    private EditText password;
    private EditText server;
    private TextView error;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (!FieldApp.of(this).keepsCapturesSafe()) {
            startActivity(new Intent(this, UnsafePhoneActivity.class));
            finish();
            return;
        }
        setContentView(R.layout.sign_in_activity);
        email = findViewById(R.id.sign_in_email);
        password = findViewById(R.id.sign_in_password);
        server = findViewById(R.id.sign_in_server);
        error = findViewById(R.id.sign_in_error);
        server.setText(new ServerAddress(this).current());
        findViewById(R.id.sign_in_button).setOnClickListener(tapped -> signIn());
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
        // Step 2 of issue 11 signs in through Firebase Auth's REST API here.
        password.getText().clear();
        showError(getText(R.string.sign_in_not_available));
    }

    private void showError(CharSequence message) {
        error.setText(message);
        error.setVisibility(message.length() == 0 ? View.GONE : View.VISIBLE);
    }
}
