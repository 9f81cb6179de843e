package doorstep.field.lock;

import android.view.View;
import doorstep.field.R;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;

/** The lock screen, as it opens at app start (going on to home once unlocked). */
final class LockScreen extends PinScreens<LockActivity> {

    private LockScreen(ActivityController<LockActivity> controller) {
        super(controller);
    }

    static LockScreen openAtStart() {
        return new LockScreen(Robolectric.buildActivity(LockActivity.class,
                LockActivity.atStart(org.robolectric.RuntimeEnvironment.getApplication())).setup());
    }

    LockScreen enter(String pin) {
        type(R.id.lock_pin, pin);
        tap(R.id.lock_unlock);
        return this;
    }

    LockScreen pressBack() {
        controller.get().onBackPressed();
        return this;
    }

    String error() {
        return errorLine(R.id.lock_error);
    }

    boolean offersBiometricUnlock() {
        return view(R.id.lock_biometric).getVisibility() == View.VISIBLE;
    }
}
