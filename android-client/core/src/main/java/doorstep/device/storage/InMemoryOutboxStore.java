package doorstep.device.storage;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.outbox.OutboxStore;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps everything in memory, for tests; forgets it all when the process ends. */
public final class InMemoryOutboxStore implements OutboxStore {

    private final Map<UUID, OutboxItem> items = new HashMap<>();
    private final Map<DeviceSetting, byte[]> settings = new EnumMap<>(DeviceSetting.class);
    private final Map<UUID, byte[]> outcomes = new HashMap<>();

    @Override
    public synchronized void put(OutboxItem item) {
        items.put(item.id(), item);
    }

    @Override
    public synchronized Optional<OutboxItem> get(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized List<OutboxItem> list(OutboxState state) {
        return items.values().stream()
                .filter(item -> item.state() == state)
                .sorted(Comparator.comparing(OutboxItem::createdAt).thenComparing(OutboxItem::id))
                .toList();
    }

    @Override
    public synchronized void delete(UUID id) {
        items.remove(id);
    }

    @Override
    public synchronized Optional<byte[]> setting(DeviceSetting name) {
        return Optional.ofNullable(settings.get(name)).map(byte[]::clone);
    }

    @Override
    public synchronized void putSetting(DeviceSetting name, byte[] value) {
        settings.put(name, value.clone());
    }

    @Override
    public synchronized void putOutcome(UUID submissionId, byte[] encryptedOutcome) {
        outcomes.put(submissionId, encryptedOutcome.clone());
    }

    @Override
    public synchronized Optional<byte[]> outcome(UUID submissionId) {
        return Optional.ofNullable(outcomes.get(submissionId)).map(byte[]::clone);
    }
}
