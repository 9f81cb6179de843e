package doorstep.field.home;

import android.os.Bundle;
import doorstep.field.R;
import doorstep.field.lock.ChildDataActivity;

/** Where the officer lands once signed in and unlocked. The home step lists drafts, sent items and tasks here. */
public final class HomeActivity extends ChildDataActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.home_activity);
    }
}
