package doorstep.field.home;

import android.content.Intent;
import android.graphics.Paint;
import android.net.ConnectivityManager;
import android.os.Bundle;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxState;
import doorstep.field.FieldApp;
import doorstep.field.R;
import doorstep.field.lock.ChildDataActivity;
import doorstep.field.signin.SignInActivity;
import doorstep.field.sync.BackgroundSync;
import doorstep.field.sync.ReceiptTimes;

/**
 * Where the officer lands once signed in and unlocked: the sync line on top, the list in the middle
 * and the new-capture buttons at the bottom, within a thumb's reach. Opening it asks for a sync.
 */
public final class HomeActivity extends ChildDataActivity {

    private final Runnable refresh = this::refresh;
    private HomeList list;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.home_activity);
        FieldApp app = FieldApp.of(this);
        TaskOpener tasks = new TaskOpener(this);
        list = new HomeList(this, findViewById(R.id.home_list), app.clock(), tasks::open);
        addNewCaptureButtons(findViewById(R.id.home_new));
        new BackgroundSync(this).appOpened();
    }

    /** One full-width button per kind, stacked at the bottom of the screen where a thumb reaches. */
    private void addNewCaptureButtons(LinearLayout actions) {
        for (CaptureKind kind : CaptureKind.values()) {
            if (kind.startsFromHome) {
                Button button = new Button(this, null, 0, R.style.Widget_Doorstep_Button_NewCapture);
                button.setText(getString(R.string.home_new_capture, kind.label));
                button.setContentDescription(getString(R.string.home_new_capture_description, kind.label));
                button.setTag("new:" + kind.kind);
                button.setOnClickListener(tapped -> startActivity(new Intent(this, kind.screen)));
                LinearLayout.LayoutParams place = new LinearLayout.LayoutParams(
                        LinearLayout.LayoutParams.MATCH_PARENT, LinearLayout.LayoutParams.WRAP_CONTENT);
                place.topMargin = getResources().getDimensionPixelSize(R.dimen.button_gap);
                actions.addView(button, place);
            }
        }
    }

    @Override
    protected void onResume() {
        super.onResume();
        FieldApp.of(this).syncProgress().watch(refresh);
        refresh();
    }

    @Override
    protected void onPause() {
        FieldApp.of(this).syncProgress().unwatch(refresh);
        super.onPause();
    }

    private void refresh() {
        FieldApp app = FieldApp.of(this);
        Outbox outbox = app.outbox();
        int waiting = outbox.inState(OutboxState.SEALED).size() + outbox.inState(OutboxState.SENT).size();
        show(SyncLine.of(app.syncProgress().now(), waiting, online(), app.clock().instant(), app.clock().getZone()));
        list.show(outbox, app.tasks(), app.outcomes(), new ReceiptTimes(this));
    }

    /** The sync line; when it asks to sign in again it is also the way to: underlined, and a tap opens sign-in. */
    private void show(SyncLine line) {
        TextView view = findViewById(R.id.home_sync);
        view.setText(line.text());
        view.setTextColor(getColor(line.opensSignIn() ? R.color.action : R.color.text));
        view.setPaintFlags(line.opensSignIn() ? view.getPaintFlags() | Paint.UNDERLINE_TEXT_FLAG
                : view.getPaintFlags() & ~Paint.UNDERLINE_TEXT_FLAG);
        view.setOnClickListener(line.opensSignIn() ? tapped -> startActivity(SignInActivity.again(this)) : null);
        view.setClickable(line.opensSignIn());
    }

    private boolean online() {
        ConnectivityManager connectivity = getSystemService(ConnectivityManager.class);
        return connectivity != null && connectivity.getActiveNetwork() != null;
    }
}
