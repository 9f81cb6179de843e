package doorstep.field.returnhome;

import doorstep.field.capture.CaptureActivity;
import doorstep.field.capture.CaptureForm;

/** The screen that records a missing child's return, which starts the 72-hour interview clock. */
public final class ChildReturnedActivity extends CaptureActivity {

    @Override
    protected CaptureForm form() {
        return new ChildReturnedForm();
    }
}
