package doorstep.field;

import android.app.Application;
import android.content.Context;
import doorstep.device.crypto.FileKeyWrapper;
import doorstep.device.crypto.KeysetSlot;
import doorstep.device.crypto.LocalVault;
import doorstep.device.outbox.Outbox;
import doorstep.device.storage.InMemoryOutboxStore;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Optional;

/**
 * STAND-IN until the app's foundations land: the same three methods over core's in-memory store and
 * a file-kept master key. It keeps nothing across a process death and protects nothing on a real
 * phone; the foundations' FieldApp (SQLite store, Keystore keys) replaces it whole.
 */
public class FieldApp extends Application {

    private Outbox outbox;

    public static FieldApp of(Context context) {
        return (FieldApp) context.getApplicationContext();
    }

    public synchronized Outbox outbox() {
        if (outbox == null) {
            try {
                FileKeyWrapper master = FileKeyWrapper.openOrCreate(new File(getFilesDir(), "stand-in-master.json").toPath());
                LocalVault vault = LocalVault.open(master, new FileSlot(new File(getFilesDir(), "stand-in-keyset.bin")));
                outbox = new Outbox(new InMemoryOutboxStore(), vault, clock());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The stand-in local keys could not be opened", e);
            }
        }
        return outbox;
    }

    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    private record FileSlot(File file) implements KeysetSlot {

        @Override
        public Optional<byte[]> read() {
            try {
                return file.exists() ? Optional.of(Files.readAllBytes(file.toPath())) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(byte[] wrappedKeyset) {
            try {
                Files.write(file.toPath(), wrappedKeyset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
