package doorstep.field.incident;

import doorstep.field.capture.CaptureActivity;
import doorstep.field.capture.CaptureForm;

/** The screen an officer records a domestic abuse incident on. */
public final class IncidentActivity extends CaptureActivity {

    @Override
    protected CaptureForm form() {
        return new IncidentForm();
    }
}
