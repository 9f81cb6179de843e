package doorstep.device.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.Nullable;

/**
 * One capture in the outbox. Its state changes only through the methods below, which return the
 * changed copy and refuse any move {@link OutboxState} does not allow.
 *
 * @param id the submission id, made on the device, the server's idempotency key
 * @param createdAt device time when the capture was started
 * @param payload the AEAD-encrypted draft, then the HPKE-sealed capture; null once receipted
 */
public record OutboxItem(
        UUID id,
        String kind,
        Instant createdAt,
        OutboxState state,
        @Nullable byte[] payload,
        @Nullable UUID receiptId,
        @Nullable String rejectionReason,
        int attempts,
        @Nullable Instant nextAttemptAt) {

    public OutboxItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        payload = payload == null ? null : payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload == null ? null : payload.clone();
    }

    static OutboxItem draft(UUID id, String kind, Instant createdAt, byte[] encryptedDraft) {
        return new OutboxItem(id, kind, createdAt, OutboxState.DRAFT, encryptedDraft, null, null, 0, null);
    }

    OutboxItem withDraft(byte[] encryptedDraft) {
        if (!state.isEditable()) {
            throw new IllegalStateException("Submission " + id + " is " + state + " and can no longer be edited;"
                    + " record a correction as a new submission that amends it");
        }
        return new OutboxItem(id, kind, createdAt, state, encryptedDraft, null, null, attempts, null);
    }

    OutboxItem sealed(byte[] sealedPayload) {
        state.requireMoveTo(OutboxState.SEALED);
        return new OutboxItem(id, kind, createdAt, OutboxState.SEALED, sealedPayload, null, null, 0, null);
    }

    OutboxItem sent() {
        state.requireMoveTo(OutboxState.SENT);
        return new OutboxItem(id, kind, createdAt, OutboxState.SENT, payload, null, null, attempts + 1, null);
    }

    OutboxItem retryAt(Instant when) {
        if (state != OutboxState.SENT) {
            throw new IllegalStateException("Only a SENT item waits for a retry; submission " + id + " is " + state);
        }
        return new OutboxItem(id, kind, createdAt, state, payload, null, null, attempts, when);
    }

    OutboxItem receipted(UUID receipt) {
        state.requireMoveTo(OutboxState.RECEIPTED);
        return new OutboxItem(id, kind, createdAt, OutboxState.RECEIPTED, null, receipt, null, attempts, null);
    }

    OutboxItem rejected(String reason) {
        state.requireMoveTo(OutboxState.REJECTED);
        return new OutboxItem(id, kind, createdAt, OutboxState.REJECTED, payload, null, reason, attempts, null);
    }

    boolean isDue(Instant now) {
        return state.awaitsDelivery() && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }
}
