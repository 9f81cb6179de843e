package doorstep.device.outbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.crypto.LocalVault;
import doorstep.device.storage.InMemoryOutboxStore;
import doorstep.device.testing.IntakeKeyPair;
import doorstep.device.testing.MasterKeys;
import doorstep.device.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static final String KIND = "domestic-abuse-incident";
    private static final String DRAFT = "{\"narrative\":\"shouting heard\"}";

    private final InMemoryOutboxStore store = new InMemoryOutboxStore();
    private final UUID deviceId = UUID.randomUUID();
    private IntakeKeyPair server;
    private Outbox outbox;

    @BeforeEach
    void setUp() throws Exception {
        server = IntakeKeyPair.generate();
        LocalVault vault = LocalVault.open(MasterKeys.fresh(), store.keysetSlot());
        outbox = new Outbox(store, vault, new MovableClock(Instant.parse("2025-03-14T01:30:00Z")));
    }

    @Test
    void draftIsStoredOnlyEncrypted() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);

        byte[] stored = store.get(id).orElseThrow().payload();

        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("shouting"));
        assertEquals(DRAFT, outbox.readDraft(id));
    }

    @Test
    void draftCanBeEditedUntilSealed() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);

        outbox.updateDraft(id, "{\"narrative\":\"edited\"}");

        assertEquals("{\"narrative\":\"edited\"}", outbox.readDraft(id));
    }

    @Test
    void sealedItemCanNoLongerBeEdited() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);

        outbox.seal(id, server.sealer(), deviceId);

        assertThrows(IllegalStateException.class, () -> outbox.updateDraft(id, "{}"));
        assertThrows(IllegalStateException.class, () -> outbox.readDraft(id));
        assertThrows(IllegalStateException.class, () -> outbox.discardDraft(id));
    }

    @Test
    void sealingReplacesTheDraftWithWhatOnlyTheServerCanOpen() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);

        OutboxItem sealed = outbox.seal(id, server.sealer(), deviceId);

        assertEquals(OutboxState.SEALED, sealed.state());
        byte[] opened = server.open(store.get(id).orElseThrow().payload(), id, deviceId);
        assertEquals(DRAFT, new String(opened, StandardCharsets.UTF_8));
    }

    @Test
    void receiptedItemIsDeletedFromOutbox() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);
        outbox.seal(id, server.sealer(), deviceId);
        outbox.markSent(id);
        UUID receipt = UUID.randomUUID();

        outbox.markReceipted(id, receipt);

        OutboxItem kept = store.get(id).orElseThrow();
        assertNull(kept.payload());
        assertEquals(receipt, kept.receiptId());
        assertTrue(outbox.dueForDelivery(Instant.MAX).isEmpty());
    }

    @Test
    void refusedItemStaysVisibleWithReason() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);
        outbox.seal(id, server.sealer(), deviceId);
        outbox.markSent(id);

        outbox.markRejected(id, "Capture refused: unknown kind");

        OutboxItem refused = outbox.inState(OutboxState.REJECTED).get(0);
        assertEquals(id, refused.id());
        assertEquals("Capture refused: unknown kind", refused.rejectionReason());
        assertThrows(IllegalStateException.class, () -> outbox.markSent(id));
        assertThrows(IllegalStateException.class, () -> outbox.markReceipted(id, UUID.randomUUID()));
    }

    @Test
    void draftThatCannotBeReadIsRejectedWithReasonWhenSealed() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);
        OutboxItem draft = store.get(id).orElseThrow();
        byte[] damaged = draft.payload();
        damaged[0] ^= 1;
        store.put(new OutboxItem(id, KIND, draft.createdAt(), OutboxState.DRAFT, damaged, null, null, 0, null));

        OutboxItem result = outbox.seal(id, server.sealer(), deviceId);

        assertEquals(OutboxState.REJECTED, result.state());
        assertEquals(Outbox.UNREADABLE_DRAFT, store.get(id).orElseThrow().rejectionReason());
    }

    @Test
    void itemWaitingForRetryIsNotDueBeforeItsTime() throws Exception {
        UUID id = outbox.saveDraft(KIND, DRAFT);
        outbox.seal(id, server.sealer(), deviceId);
        outbox.markSent(id);
        Instant retryAt = Instant.parse("2025-03-14T02:00:00Z");

        outbox.retryAt(id, retryAt);

        assertTrue(outbox.dueForDelivery(retryAt.minusSeconds(1)).isEmpty());
        assertEquals(id, outbox.dueForDelivery(retryAt).get(0).id());
    }

    @Test
    void discardedDraftIsGone() {
        UUID id = outbox.saveDraft(KIND, DRAFT);

        outbox.discardDraft(id);

        assertTrue(outbox.item(id).isEmpty());
    }

    @Test
    void itemPayloadCannotBeChangedFromOutside() {
        UUID id = outbox.saveDraft(KIND, DRAFT);
        OutboxItem item = store.get(id).orElseThrow();
        byte[] before = item.payload();

        item.payload()[0] ^= 1;

        assertArrayEquals(before, item.payload());
    }
}
