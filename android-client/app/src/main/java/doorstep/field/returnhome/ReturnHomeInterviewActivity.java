package doorstep.field.returnhome;

import android.content.Context;
import android.content.Intent;
import doorstep.field.capture.CaptureActivity;
import doorstep.field.capture.CaptureForm;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The screen an interviewer records a return home interview on, started from the task it answers. */
public final class ReturnHomeInterviewActivity extends CaptureActivity {

    static final String EXTRA_TASK = "doorstep.field.returnhome.TASK";
    static final String EXTRA_RETURNED_AT = "doorstep.field.returnhome.RETURNED_AT";
    static final String EXTRA_GIVEN_NAME = "doorstep.field.returnhome.GIVEN_NAME";
    static final String EXTRA_FAMILY_NAME = "doorstep.field.returnhome.FAMILY_NAME";

    /** For the home screen's task list: the interview for one return, named and timed from its task. */
    public static Intent forTask(Context context, UUID taskId, OffsetDateTime returnedAt, String givenName,
            String familyName) {
        return new Intent(context, ReturnHomeInterviewActivity.class)
                .putExtra(EXTRA_TASK, taskId.toString())
                .putExtra(EXTRA_RETURNED_AT, returnedAt.toString())
                .putExtra(EXTRA_GIVEN_NAME, givenName)
                .putExtra(EXTRA_FAMILY_NAME, familyName);
    }

    @Override
    protected CaptureForm form() {
        return new ReturnHomeInterviewForm();
    }
}
