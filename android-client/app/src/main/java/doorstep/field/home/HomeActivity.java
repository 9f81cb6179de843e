package doorstep.field.home;

import android.content.Intent;
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
        LinearLayout actions = findViewById(R.id.home_new);
        for (CaptureKind kind : CaptureKind.values()) {
            if (kind.startsFromHome) {
                Button button = new Button(this, null, 0, R.style.Widget_Doorstep_Button_Secondary);
                button.setText(getString(R.string.home_new_capture, kind.label));
                button.setTag("new:" + kind.kind);
                button.setOnClickListener(tapped -> startActivity(new Intent(this, kind.screen)));
                actions.addView(button);
            }
        }
        new BackgroundSync(this).appOpened();
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
        ((TextView) findViewById(R.id.home_sync)).setText(SyncLine.of(app.syncProgress().now(), waiting, online(),
                app.clock().instant(), app.clock().getZone()));
        list.show(outbox, app.tasks(), app.outcomes(), new ReceiptTimes(this));
    }

    private boolean online() {
        ConnectivityManager connectivity = getSystemService(ConnectivityManager.class);
        return connectivity != null && connectivity.getActiveNetwork() != null;
    }
}
