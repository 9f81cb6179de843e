package doorstep.field.keys;

import android.app.Activity;
import android.os.Bundle;
import doorstep.field.R;

/** Says plainly that this phone cannot keep captures safe, and offers nothing that would store one. */
public final class UnsafePhoneActivity extends Activity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.unsafe_phone_activity);
        findViewById(R.id.unsafe_phone_close).setOnClickListener(tapped -> finishAndRemoveTask());
    }
}
