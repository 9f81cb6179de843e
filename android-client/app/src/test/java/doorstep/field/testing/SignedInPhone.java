package doorstep.field.testing;

import doorstep.device.account.SignInProblem;
import doorstep.device.capture.DomesticAbuseIncidents;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.field.settings.ServerAddress;
import doorstep.field.sync.SyncJobService;
import java.security.GeneralSecurityException;
import java.util.UUID;

/** A phone signed in and enrolled with a stand-in backend, sealing to a test intake key. */
public final class SignedInPhone implements AutoCloseable {

    public final StandInBackend backend = new StandInBackend();
    public final TestIntakeKey intakeKey;
    private final TestFieldApp app = TestFieldApp.get();

    public SignedInPhone() throws GeneralSecurityException, SignInProblem {
        new ServerAddress(app).remember(backend.connect(app));
        app.account().signIn(StandInBackend.EMAIL, StandInBackend.PASSWORD);
        intakeKey = TestIntakeKey.installed();
    }

    /** A capture sealed and waiting to send, as after Send on a form. */
    public UUID sealed() {
        Outbox outbox = app.outbox();
        UUID draft = outbox.saveDraft(DomesticAbuseIncidents.KIND, "{\"child\":\"canary words\"}");
        OutboxItem item = outbox.seal(draft, intakeKey.sealer(), intakeKey.deviceId());
        return item.id();
    }

    /**
     * The app opens, and the send it schedules runs as the platform runs it once there is a network.
     *
     * @return the job service, to ask whether it finished
     */
    public SyncJobService syncs() {
        return ScheduledSync.run(app);
    }

    @Override
    public void close() throws Exception {
        backend.close();
    }
}
