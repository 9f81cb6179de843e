package doorstep.device.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.MasterKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalVaultTest {

    private static final byte[] DRAFT = "{\"narrative\":\"shouting\"}".getBytes(StandardCharsets.UTF_8);

    private final InMemoryOutboxStore store = new InMemoryOutboxStore();

    @Test
    void draftReadsBackUnderItsOwnRecordId() throws Exception {
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());

        byte[] ciphertext = vault.encrypt(DRAFT, "record-1");

        assertArrayEquals(DRAFT, vault.decrypt(ciphertext, "record-1"));
    }

    @Test
    void tamperedDraftFailsToDecrypt() throws Exception {
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());
        byte[] ciphertext = vault.encrypt(DRAFT, "record-1");

        ciphertext[ciphertext.length - 1] ^= 1;

        assertThrows(UnreadableRecordProblem.class, () -> vault.decrypt(ciphertext, "record-1"));
    }

    @Test
    void draftMovedToAnotherRecordFailsToDecrypt() throws Exception {
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());
        byte[] ciphertext = vault.encrypt(DRAFT, "record-1");

        assertThrows(UnreadableRecordProblem.class, () -> vault.decrypt(ciphertext, "record-2"));
    }

    @Test
    void keysetIsCreatedOnceAndReusedAfterRestart() throws Exception {
        KeyWrapper masterKey = MasterKeys.fresh();
        byte[] ciphertext = LocalVault.open(masterKey, store.keysetSlot()).encrypt(DRAFT, "record-1");
        byte[] storedKeyset = store.keysetSlot().read().orElseThrow();

        LocalVault reopened = LocalVault.open(masterKey, store.keysetSlot());

        assertArrayEquals(DRAFT, reopened.decrypt(ciphertext, "record-1"));
        assertArrayEquals(storedKeyset, store.keysetSlot().read().orElseThrow());
    }

    @Test
    void storedKeysetOpensOnlyWithTheSameMasterKey() throws Exception {
        LocalVault.open(MasterKeys.fresh(), store.keysetSlot());

        assertThrows(GeneralSecurityException.class, () -> LocalVault.open(MasterKeys.fresh(), store.keysetSlot()));
    }

    @Test
    void fileMasterKeyIsCreatedOnceAndReused(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("master.json");
        byte[] ciphertext = LocalVault.open(FileKeyWrapper.openOrCreate(keyFile), store.keysetSlot())
                .encrypt(DRAFT, "record-1");

        LocalVault reopened = LocalVault.open(FileKeyWrapper.openOrCreate(keyFile), store.keysetSlot());

        assertArrayEquals(DRAFT, reopened.decrypt(ciphertext, "record-1"));
    }

    @Test
    void problemMessageNamesOnlyTheRecord() throws Exception {
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());
        byte[] ciphertext = vault.encrypt(DRAFT, "record-1");

        UnreadableRecordProblem problem = assertThrows(UnreadableRecordProblem.class,
                () -> vault.decrypt(ciphertext, "record-9"));

        assertEquals("Record record-9 could not be decrypted on this device", problem.getMessage());
        assertFalse(problem.getMessage().contains("shouting"));
    }
}
