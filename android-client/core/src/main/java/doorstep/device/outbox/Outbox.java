package doorstep.device.outbox;

import doorstep.device.crypto.LocalVault;
import doorstep.device.crypto.SubmissionSealer;
import doorstep.device.crypto.UnreadableRecordProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * The officer's captures on their way to the server. Drafts are encrypted at rest; sealing is
 * one-way; a refused item is never dropped. Each change is stored before the method returns.
 */
public final class Outbox {

    static final String UNREADABLE_DRAFT = "This draft could not be read on this phone, so it was not sent."
            + " Please capture it again.";

    private final OutboxStore store;
    private final LocalVault vault;
    private final Clock clock;

    public Outbox(OutboxStore store, LocalVault vault, Clock clock) {
        this.store = store;
        this.vault = vault;
        this.clock = clock;
    }

    /** Stores a new draft, encrypted, and returns its submission id. */
    public UUID saveDraft(String kind, String json) {
        UUID id = UUID.randomUUID();
        store.put(OutboxItem.draft(id, kind, clock.instant(), encryptDraft(id, json)));
        return id;
    }

    /** Replaces a draft's content. Throws {@link IllegalStateException} once it is sealed. */
    public void updateDraft(UUID id, String json) {
        store.put(require(id).withDraft(encryptDraft(id, json)));
    }

    /** The draft's JSON. Throws {@link IllegalStateException} once it is sealed: the device can no longer read it. */
    public String readDraft(UUID id) throws UnreadableRecordProblem {
        OutboxItem item = require(id);
        if (!item.state().isEditable()) {
            throw new IllegalStateException("Submission " + id + " is " + item.state() + "; only a draft can be read");
        }
        return new String(vault.decrypt(item.payload(), id.toString()), StandardCharsets.UTF_8);
    }

    /** Throws away a draft that was never sealed. */
    public void discardDraft(UUID id) {
        OutboxItem item = require(id);
        if (!item.state().isEditable()) {
            throw new IllegalStateException("Submission " + id + " is " + item.state() + "; only a draft can be discarded");
        }
        store.delete(id);
    }

    /**
     * Seals the draft to the intake key, replacing the encrypted draft. A draft that cannot be
     * decrypted is moved to REJECTED with a reason instead; the returned item says which happened.
     */
    public OutboxItem seal(UUID id, SubmissionSealer sealer, UUID deviceId) {
        OutboxItem item = require(id);
        OutboxItem next;
        try {
            byte[] plaintext = vault.decrypt(item.payload(), id.toString());
            next = item.sealed(sealer.seal(plaintext, id, deviceId));
        } catch (UnreadableRecordProblem unreadable) {
            next = item.rejected(UNREADABLE_DRAFT);
        }
        store.put(next);
        return next;
    }

    public OutboxItem markSent(UUID id) {
        return save(require(id).sent());
    }

    public OutboxItem retryAt(UUID id, Instant when) {
        return save(require(id).retryAt(when));
    }

    /** The server holds the capture: its sealed payload is deleted and only the receipt is kept. */
    public OutboxItem markReceipted(UUID id, UUID receiptId) {
        return save(require(id).receipted(receiptId));
    }

    /** The item stays visible with {@code reason}, written for the officer, for good. */
    public OutboxItem markRejected(UUID id, String reason) {
        return save(require(id).rejected(reason));
    }

    public Optional<OutboxItem> item(UUID id) {
        return store.get(id);
    }

    public List<OutboxItem> inState(OutboxState state) {
        return store.list(state);
    }

    /** Sealed or sent items whose next attempt is due, oldest first. */
    public List<OutboxItem> dueForDelivery(Instant now) {
        List<OutboxItem> due = new ArrayList<>();
        for (OutboxState state : OutboxState.values()) {
            if (state.awaitsDelivery()) {
                store.list(state).stream().filter(item -> item.isDue(now)).forEach(due::add);
            }
        }
        due.sort(Comparator.comparing(OutboxItem::createdAt));
        return due;
    }

    /** The earliest time a waiting item may be tried again, if any is waiting. */
    public Optional<Instant> nextAttemptAt() {
        return store.list(OutboxState.SENT).stream()
                .map(OutboxItem::nextAttemptAt)
                .filter(at -> at != null)
                .min(Comparator.naturalOrder());
    }

    private byte[] encryptDraft(UUID id, String json) {
        return vault.encrypt(json.getBytes(StandardCharsets.UTF_8), id.toString());
    }

    private OutboxItem save(OutboxItem item) {
        store.put(item);
        return item;
    }

    private OutboxItem require(UUID id) {
        return store.get(id).orElseThrow(() ->
                new NoSuchElementException("No outbox item " + id + "; it was discarded or never saved on this device"));
    }
}
