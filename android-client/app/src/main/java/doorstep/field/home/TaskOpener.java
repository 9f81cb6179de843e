package doorstep.field.home;

import android.app.Activity;
import android.widget.Toast;
import doorstep.device.api.ReturnHomeApi;
import doorstep.device.api.client.ApiClient;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.TaskNotice;
import doorstep.field.FieldApp;
import doorstep.field.returnhome.ReturnHomeInterviewActivity;
import java.io.IOException;

/**
 * Opens the interview for a task. The feed's notice holds ids and times only, so who the child is
 * and when they came back are read from the server (an audited read) just before the form opens;
 * the child's name is then kept, encrypted, for the task list to show until the task closes.
 */
final class TaskOpener {

    static final String NEEDS_SIGNAL = "This interview's details come from the server. Try again when you have signal.";

    private final Activity activity;

    TaskOpener(Activity activity) {
        this.activity = activity;
    }

    void open(TaskNotice notice) {
        FieldApp app = FieldApp.of(activity);
        app.background().execute(() -> {
            ReturnHomeTask task;
            try {
                ApiClient api = app.api();
                api.setBearerToken(app.account().idToken());
                task = new ReturnHomeApi(api).getReturnHomeTask(notice.getTaskId());
                app.tasks().rememberChild(task.getTaskId(), task.getChild());
            } catch (IOException | doorstep.device.api.client.ApiException unreachable) {
                activity.runOnUiThread(() -> Toast.makeText(activity, NEEDS_SIGNAL, Toast.LENGTH_LONG).show());
                return;
            }
            activity.runOnUiThread(() -> activity.startActivity(ReturnHomeInterviewActivity.forTask(activity,
                    task.getTaskId(), task.getReturnedAt(), task.getChild().getGivenName(),
                    task.getChild().getFamilyName())));
        });
    }
}
