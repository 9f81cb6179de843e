package doorstep.field.visit;

import doorstep.field.capture.CaptureActivity;
import doorstep.field.capture.CaptureForm;

/** The screen an early help worker records a home visit on. */
public final class EarlyHelpVisitActivity extends CaptureActivity {

    @Override
    protected CaptureForm form() {
        return new EarlyHelpVisitForm();
    }
}
