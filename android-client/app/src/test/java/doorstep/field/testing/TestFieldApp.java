package doorstep.field.testing;

import doorstep.field.capture.Sealing;
import java.util.Optional;

import doorstep.device.account.AuthEndpoint;
import doorstep.device.crypto.FileKeyWrapper;
import doorstep.device.crypto.KeyWrapper;
import doorstep.field.FieldApp;
import java.io.File;
import java.security.GeneralSecurityException;
import java.util.concurrent.Executor;

/**
 * The test build's application: the real {@link FieldApp} except that the local keyset is wrapped by
 * a key in a plain file, because Robolectric has no Android Keystore; Firebase Auth is wherever the
 * test says; and network work runs at once, so a test sees its result. It exists only in the test
 * sources, so no APK can contain it; robolectric.properties makes it the tests' default, and a test
 * that needs the production app names {@code @Config(application = FieldApp.class)}.
 */
public class TestFieldApp extends FieldApp {

    static final String TEST_ONLY_MASTER_KEY = "test-only-master-key.json";

    private AuthEndpoint auth;
    private Sealing sealing;

    public static TestFieldApp get() {
        return (TestFieldApp) org.robolectric.RuntimeEnvironment.getApplication();
    }

    public void useAuth(AuthEndpoint endpoint) {
        this.auth = endpoint;
    }

    /** Seals to a test's intake key, as if this phone had been enrolled with that tenant. */
    public void useSealing(Sealing sealing) {
        this.sealing = sealing;
    }

    @Override
    public synchronized Optional<Sealing> sealing() {
        return sealing != null ? Optional.of(sealing) : super.sealing();
    }

    @Override
    protected KeyWrapper keyWrapper() {
        try {
            return FileKeyWrapper.openOrCreate(new File(getNoBackupFilesDir(), TEST_ONLY_MASTER_KEY).toPath());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test-only master key could not be made", e);
        }
    }

    @Override
    protected AuthEndpoint authEndpoint() {
        return auth != null ? auth : super.authEndpoint();
    }

    @Override
    public Executor background() {
        return Runnable::run;
    }
}
