package doorstep.field.lock;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;
import android.view.WindowManager;
import doorstep.field.FieldApp;

/**
 * The base of every screen that shows a child's data: no screenshots, no Recents thumbnail
 * (FLAG_SECURE), the lock screen in front whenever the app is locked, and every touch keeps it open.
 */
public abstract class ChildDataActivity extends Activity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        SecureWindow.protect(this);
    }

    @Override
    protected void onResume() {
        super.onResume();
        if (FieldApp.of(this).lock().isLocked()) {
            startActivity(new Intent(this, LockActivity.class));
        }
    }

    @Override
    public void onUserInteraction() {
        super.onUserInteraction();
        FieldApp.of(this).lock().touched();
    }

    /** FLAG_SECURE, for the screens that are not a ChildDataActivity but cover one (the lock screen). */
    static final class SecureWindow {

        private SecureWindow() {
        }

        static void protect(Activity activity) {
            activity.getWindow().setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE);
        }
    }
}
