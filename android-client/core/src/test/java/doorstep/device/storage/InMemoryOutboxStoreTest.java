package doorstep.device.storage;

import doorstep.device.outbox.OutboxStore;

class InMemoryOutboxStoreTest extends OutboxStoreContract {

    @Override
    OutboxStore store() {
        return new InMemoryOutboxStore();
    }
}
