package doorstep.device.outbox;

import doorstep.device.crypto.KeysetSlot;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Durable storage for the outbox and the device's few settings. Implementations store what they
 * are given: sensitive content arrives already encrypted. Failures surface as {@link StorageProblem}.
 */
public interface OutboxStore {

    /** Inserts the item, or replaces the one with the same id. */
    void put(OutboxItem item);

    Optional<OutboxItem> get(UUID id);

    /** Items in {@code state}, oldest first. */
    List<OutboxItem> list(OutboxState state);

    void delete(UUID id);

    Optional<byte[]> setting(DeviceSetting name);

    void putSetting(DeviceSetting name, byte[] value);

    /** Keeps the encrypted outcome of a referral this device made, replacing any earlier one. */
    void putOutcome(UUID submissionId, byte[] encryptedOutcome);

    Optional<byte[]> outcome(UUID submissionId);

    default KeysetSlot keysetSlot() {
        return new KeysetSlot() {
            @Override
            public Optional<byte[]> read() {
                return setting(DeviceSetting.WRAPPED_KEYSET);
            }

            @Override
            public void write(byte[] wrappedKeyset) {
                putSetting(DeviceSetting.WRAPPED_KEYSET, wrappedKeyset);
            }
        };
    }
}
