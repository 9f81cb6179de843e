package doorstep.device.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import doorstep.device.crypto.KeyWrapper;
import doorstep.device.crypto.LocalVault;
import doorstep.device.storage.SqliteOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRestartTest {

    private static final String DRAFT = "{\"ownWords\":\"I hid under the bed\"}";

    @TempDir
    Path dir;

    @Test
    void outboxSurvivesRestart() throws Exception {
        KeyWrapper masterKey = MasterKeys.fresh();
        Path file = dir.resolve("device.db");
        UUID deviceId = UUID.randomUUID();
        UUID draft;
        UUID refused;
        try (SqliteOutboxStore store = SqliteOutboxStore.open(file)) {
            Outbox outbox = new Outbox(store, LocalVault.open(masterKey, store.keysetSlot()), Clock.systemUTC());
            draft = outbox.saveDraft("domestic-abuse-incident", DRAFT);
            refused = outbox.saveDraft("domestic-abuse-incident", DRAFT);
            outbox.seal(refused, IntakeKeyPair.generate().sealer(), deviceId);
            outbox.markRejected(refused, "Capture refused");
        }

        try (SqliteOutboxStore store = SqliteOutboxStore.open(file)) {
            Outbox outbox = new Outbox(store, LocalVault.open(masterKey, store.keysetSlot()), Clock.systemUTC());

            assertEquals(DRAFT, outbox.readDraft(draft));
            assertEquals(OutboxState.REJECTED, outbox.item(refused).orElseThrow().state());
            assertEquals("Capture refused", outbox.item(refused).orElseThrow().rejectionReason());
        }
    }

    @Test
    void childsWordsNeverReachTheDatabaseFileInPlaintext() throws Exception {
        Path file = dir.resolve("device.db");
        try (SqliteOutboxStore store = SqliteOutboxStore.open(file)) {
            Outbox outbox = new Outbox(store, LocalVault.open(MasterKeys.fresh(), store.keysetSlot()), Clock.systemUTC());
            UUID id = outbox.saveDraft("domestic-abuse-incident", DRAFT);
            outbox.updateDraft(id, DRAFT + " ");
            outbox.seal(id, IntakeKeyPair.generate().sealer(), UUID.randomUUID());
        }

        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);

        assertFalse(raw.contains("hid under the bed"));
    }
}
