package doorstep.device.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.outbox.OutboxStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link OutboxStore} must do; run against each implementation. */
abstract class OutboxStoreContract {

    private static final Instant T0 = Instant.parse("2025-03-14T01:30:00.123456Z");

    /** A new, empty store. */
    abstract OutboxStore store();

    static OutboxItem item(OutboxState state, Instant createdAt) {
        return new OutboxItem(UUID.randomUUID(), "domestic-abuse-incident", createdAt, state,
                new byte[] {1, 2, 3}, null, null, 0, null);
    }

    @Test
    void storedItemReadsBackWithEveryField() {
        OutboxStore store = store();
        OutboxItem item = new OutboxItem(UUID.randomUUID(), "domestic-abuse-incident", T0, OutboxState.REJECTED,
                new byte[] {9, 8, 7}, UUID.randomUUID(), "Refused: kind unknown", 3, T0.plusSeconds(30));

        store.put(item);

        OutboxItem read = store.get(item.id()).orElseThrow();
        assertEquals(item.id(), read.id());
        assertEquals(item.kind(), read.kind());
        assertEquals(T0, read.createdAt());
        assertEquals(OutboxState.REJECTED, read.state());
        assertArrayEquals(new byte[] {9, 8, 7}, read.payload());
        assertEquals(item.receiptId(), read.receiptId());
        assertEquals("Refused: kind unknown", read.rejectionReason());
        assertEquals(3, read.attempts());
        assertEquals(T0.plusSeconds(30), read.nextAttemptAt());
    }

    @Test
    void itemWithoutPayloadReadsBackWithoutPayload() {
        OutboxStore store = store();
        OutboxItem item = new OutboxItem(UUID.randomUUID(), "k", T0, OutboxState.RECEIPTED, null,
                UUID.randomUUID(), null, 1, null);

        store.put(item);

        assertNull(store.get(item.id()).orElseThrow().payload());
    }

    @Test
    void putReplacesTheItemWithTheSameId() {
        OutboxStore store = store();
        OutboxItem draft = item(OutboxState.DRAFT, T0);
        store.put(draft);

        store.put(new OutboxItem(draft.id(), draft.kind(), T0, OutboxState.SEALED, new byte[] {4}, null, null, 0, null));

        assertEquals(OutboxState.SEALED, store.get(draft.id()).orElseThrow().state());
        assertTrue(store.list(OutboxState.DRAFT).isEmpty());
    }

    @Test
    void listHoldsOnlyItemsInThatStateOldestFirst() {
        OutboxStore store = store();
        OutboxItem later = item(OutboxState.SEALED, T0.plusMillis(900));
        OutboxItem earlier = item(OutboxState.SEALED, T0.plusSeconds(0));
        store.put(later);
        store.put(earlier);
        store.put(item(OutboxState.DRAFT, T0));

        List<OutboxItem> sealed = store.list(OutboxState.SEALED);

        assertEquals(List.of(earlier.id(), later.id()), sealed.stream().map(OutboxItem::id).toList());
    }

    @Test
    void deletedItemIsGone() {
        OutboxStore store = store();
        OutboxItem draft = item(OutboxState.DRAFT, T0);
        store.put(draft);

        store.delete(draft.id());

        assertTrue(store.get(draft.id()).isEmpty());
    }

    @Test
    void settingIsKeptAndReplaced() {
        OutboxStore store = store();

        store.putSetting(DeviceSetting.FEED_CURSOR, new byte[] {1});
        store.putSetting(DeviceSetting.FEED_CURSOR, new byte[] {2});

        assertArrayEquals(new byte[] {2}, store.setting(DeviceSetting.FEED_CURSOR).orElseThrow());
        assertTrue(store.setting(DeviceSetting.DEVICE_ID).isEmpty());
    }

    @Test
    void outcomeIsKeptPerSubmission() {
        OutboxStore store = store();
        UUID submission = UUID.randomUUID();

        store.putOutcome(submission, new byte[] {5, 6});

        assertArrayEquals(new byte[] {5, 6}, store.outcome(submission).orElseThrow());
        assertTrue(store.outcome(UUID.randomUUID()).isEmpty());
    }

    @Test
    void missingItemIsEmpty() {
        assertTrue(store().get(UUID.randomUUID()).isEmpty());
    }
}
