package doorstep.device.sync;

import doorstep.device.api.model.Outcome;
import doorstep.device.crypto.LocalVault;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.OutboxStore;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** What the MASH decided about referrals this device made, kept encrypted as the feed brings them. */
public final class ReferralOutcomes {

    private final OutboxStore store;
    private final LocalVault vault;

    public ReferralOutcomes(OutboxStore store, LocalVault vault) {
        this.store = store;
        this.vault = vault;
    }

    public Optional<Outcome> of(UUID submissionId) throws UnreadableRecordProblem {
        Optional<byte[]> encrypted = store.outcome(submissionId);
        if (encrypted.isEmpty()) {
            return Optional.empty();
        }
        byte[] plaintext = vault.decrypt(encrypted.get(), recordId(submissionId));
        return Optional.of(Outcome.fromValue(new String(plaintext, StandardCharsets.UTF_8)));
    }

    void record(UUID submissionId, Outcome outcome) {
        byte[] plaintext = outcome.getValue().getBytes(StandardCharsets.UTF_8);
        store.putOutcome(submissionId, vault.encrypt(plaintext, recordId(submissionId)));
    }

    /** The feed's other encrypted record, kept beside the outcomes with the same store and key. */
    TaskNotices taskNotices() {
        return new TaskNotices(store, vault);
    }

    private static String recordId(UUID submissionId) {
        return "outcome|" + submissionId;
    }
}
