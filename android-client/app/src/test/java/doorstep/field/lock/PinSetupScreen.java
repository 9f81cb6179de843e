package doorstep.field.lock;

import doorstep.field.R;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;

/** The screen where the officer chooses the app PIN. */
public final class PinSetupScreen extends PinScreens<PinSetupActivity> {

    private PinSetupScreen(ActivityController<PinSetupActivity> controller) {
        super(controller);
    }

    public static PinSetupScreen open() {
        return new PinSetupScreen(Robolectric.buildActivity(PinSetupActivity.class).setup());
    }

    public PinSetupScreen choose(String pin, String again) {
        type(R.id.pin_setup_pin, pin);
        type(R.id.pin_setup_confirm, again);
        tap(R.id.pin_setup_button);
        return this;
    }

    String error() {
        return errorLine(R.id.pin_setup_error);
    }

    String typedPin() {
        return textOf(R.id.pin_setup_pin);
    }

    String typedAgain() {
        return textOf(R.id.pin_setup_confirm);
    }
}
