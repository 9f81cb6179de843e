package doorstep.audit;

import doorstep.crypto.CheckpointSigningKey;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Every few minutes and at shutdown, signs each tenant's chain head that has moved since its last
 * checkpoint and appends it to the tenant's checkpoint file. With several replicas on one database
 * each head is claimed in the database first, so only one replica signs a tenant at a sequence;
 * each replica appends to the checkpoint folder it is configured with. Created at start-up, so a
 * server without its key file refuses to start rather than run unanchored. Command-line tools
 * (environment cli) run on throwaway databases and sign nothing.
 */
@Context
@Requires(notEnv = "cli")
class CheckpointJob {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointJob.class);

    private final ChainStore chain;
    private final CheckpointSigningKey key;
    private final CheckpointFiles files;
    private final Clock clock;

    CheckpointJob(ChainStore chain, CheckpointConfiguration configuration, Clock clock) {
        if (configuration.keyFile() == null || configuration.dir() == null) {
            throw new IllegalStateException("Set doorstep.audit.checkpoint.key-file and doorstep.audit.checkpoint.dir "
                    + "(DOORSTEP_AUDIT_CHECKPOINT_KEY_FILE, DOORSTEP_AUDIT_CHECKPOINT_DIR): audit checkpoints are signed with a key "
                    + "and kept in a folder, both outside the database");
        }
        this.chain = chain;
        this.key = CheckpointSigningKey.load(Path.of(configuration.keyFile()), configuration.createKeyIfMissing());
        this.files = new CheckpointFiles(Path.of(configuration.dir()));
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${doorstep.audit.checkpoint.interval:5m}", initialDelay = "${doorstep.audit.checkpoint.interval:5m}")
    void checkpointEveryTenant() {
        try {
            for (String tenantId : chain.tenants()) {
                checkpoint(tenantId);
            }
        } catch (RuntimeException e) {
            // The next run signs the head as it then is, which vouches for everything before it too.
            LOG.warn("Audit checkpoints skipped this time: {}", e.toString());
        }
    }

    @PreDestroy
    void atShutdown() {
        checkpointEveryTenant();
    }

    /** Signs and appends the tenant's head if this replica claimed it; returns whether it did. */
    boolean checkpoint(String tenantId) {
        return chain.claimCheckpoint(tenantId).map(head -> {
            Checkpoint unsigned = Checkpoint.unsigned(tenantId, head.seq(), head.hash(), clock.instant());
            files.append(unsigned.signedWith(key.sign(unsigned.message())));
            return true;
        }).orElse(false);
    }
}
