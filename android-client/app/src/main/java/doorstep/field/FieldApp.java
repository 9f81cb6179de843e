package doorstep.field;

import android.app.Application;
import android.content.Context;
import doorstep.device.account.AuthEndpoint;
import doorstep.device.account.FirebaseAccount;
import doorstep.device.account.PasswordSignIn;
import doorstep.device.account.PhoneEnrolment;
import doorstep.device.account.PhoneOwner;
import doorstep.device.account.VaultedRefreshToken;
import doorstep.device.api.client.ApiClient;
import doorstep.device.crypto.KeyWrapper;
import doorstep.device.crypto.SubmissionSealer;
import doorstep.device.crypto.LocalVault;
import doorstep.device.lock.AppPin;
import doorstep.device.lock.LockPolicy;
import doorstep.device.outbox.Outbox;
import doorstep.device.sync.Backoff;
import doorstep.device.sync.DeviceIdentity;
import doorstep.device.sync.ReferralOutcomes;
import doorstep.device.sync.SyncEngine;
import doorstep.device.sync.SyncListener;
import doorstep.device.sync.TaskNotices;
import doorstep.field.capture.Sealing;
import doorstep.field.keys.KeystoreKeyWrapper;
import doorstep.field.keys.KeystoreMissingProblem;
import doorstep.field.lock.BackgroundLock;
import doorstep.field.settings.ServerAddress;
import doorstep.field.sync.ReceiptTimes;
import doorstep.field.sync.SyncProgress;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Makes the app's collaborators once per process and hands them to the screens; it decides nothing.
 * The local keys come from the Android Keystore only: {@link #keyWrapper()} is the seam that the test
 * build alone overrides (doorstep.field.testing.TestFieldApp, in the test sources), with
 * {@link #authEndpoint()} and {@link #background()}.
 */
public class FieldApp extends Application {

    /** PBKDF2 rounds for the PIN: a fraction of a second on a mid-range phone. */
    private static final int PIN_ROUNDS = 120_000;

    private final Executor network = Executors.newSingleThreadExecutor();
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS).callTimeout(30, TimeUnit.SECONDS).build();
    private final LocalData data = new LocalData(this, this::keyWrapper);
    private Outbox outbox;
    private FirebaseAccount account;
    private LockPolicy lock;
    private SyncProgress syncProgress;

    public static FieldApp of(Context context) {
        return (FieldApp) context.getApplicationContext();
    }

    @Override
    public void onCreate() {
        super.onCreate();
        registerActivityLifecycleCallbacks(new BackgroundLock(this::lock));
    }

    /**
     * Whether captures can be kept here: the Keystore works and the local keys open. When false,
     * nothing has been stored and the app must show {@code UnsafePhoneActivity}.
     */
    public synchronized boolean keepsCapturesSafe() {
        try {
            data.vault();
            return true;
        } catch (KeystoreMissingProblem e) {
            return false;
        }
    }

    /** The officer's captures. Only reachable once {@link #keepsCapturesSafe()} said yes. */
    public synchronized Outbox outbox() {
        if (outbox == null) {
            LocalVault keys = data.requireVault(); // before the store: no file on a phone that must refuse
            outbox = new Outbox(data.store(), keys, clock());
        }
        return outbox;
    }

    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    public synchronized FirebaseAccount account() {
        if (account == null) {
            LocalVault keys = data.requireVault();
            account = new FirebaseAccount(new PasswordSignIn(authEndpoint(), http, clock()),
                    new VaultedRefreshToken(data.store(), keys), clock());
        }
        return account;
    }

    /** Enrolment at the server the officer chose at sign-in. */
    public synchronized PhoneOwner owner() {
        return new PhoneOwner(data.store());
    }

    public synchronized PhoneEnrolment enrolment() {
        return new PhoneEnrolment(api(), account(), data.store());
    }

    /** The generated client for the server the officer chose at sign-in; the caller sets the token. */
    public ApiClient api() {
        ApiClient api = new ApiClient(http);
        api.setBasePath(new ServerAddress(this).current());
        return api;
    }

    /** One sync run's engine (push the outbox, read the feed), reporting to {@code listener}. */
    public synchronized SyncEngine syncEngine(SyncListener listener) {
        return new SyncEngine(api(), account(), outbox(), data.store(), outcomes(), DeviceIdentity.loadOrCreate(data.store()),
                listener, Backoff.standard(), clock());
    }

    public synchronized ReferralOutcomes outcomes() {
        return new ReferralOutcomes(data.store(), data.requireVault());
    }

    public synchronized TaskNotices tasks() {
        return new TaskNotices(data.store(), data.requireVault());
    }

    /** How sending is going, for the home screen's sync line; ids and times only. */
    public synchronized SyncProgress syncProgress() {
        if (syncProgress == null) {
            syncProgress = new SyncProgress(this);
        }
        return syncProgress;
    }

    /** How to seal a capture for the tenant, once this phone is enrolled; empty before. */
    public synchronized Optional<Sealing> sealing() {
        Optional<String> intakeKey = enrolment().intakeKey();
        if (intakeKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EnrolledSealing(SubmissionSealer.forIntakeKey(intakeKey.get()),
                    DeviceIdentity.loadOrCreate(data.store())));
        } catch (GeneralSecurityException unusable) {
            throw new IllegalStateException("The intake key kept at enrolment cannot be used", unusable);
        }
    }

    public synchronized AppPin pin() {
        return new AppPin(data.store(), data.requireVault(), PIN_ROUNDS);
    }

    public synchronized LockPolicy lock() {
        if (lock == null) {
            lock = new LockPolicy(clock());
        }
        return lock;
    }

    /** Where network calls run: never on the main thread. */
    public Executor background() {
        return network;
    }

    /** Signs out and deletes the database (outbox, settings, keyset): what five wrong PINs lead to. */
    public synchronized void wipe() {
        data.delete();
        new ReceiptTimes(this).forget();
        syncProgress().forget();
        outbox = null;
        account = null;
        lock = null;
    }

    /** The key that wraps the local keyset. Production: the Android Keystore, and nothing else. */
    protected KeyWrapper keyWrapper() throws KeystoreMissingProblem {
        return KeystoreKeyWrapper.open(this);
    }

    /** Firebase Auth as the build says: the emulator for a debug build, else Google's hosts. */
    protected AuthEndpoint authEndpoint() {
        String emulator = getString(R.string.auth_emulator);
        String apiKey = getString(R.string.auth_api_key);
        return emulator.isEmpty() ? AuthEndpoint.firebase(apiKey) : AuthEndpoint.emulator(emulator, apiKey);
    }

    /** Sealing for the tenant this phone enrolled with. */
    private record EnrolledSealing(SubmissionSealer sealer, UUID deviceId) implements Sealing {
    }
}
