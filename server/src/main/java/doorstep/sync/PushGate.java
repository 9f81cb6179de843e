package doorstep.sync;

import doorstep.problem.ProblemException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many pushes the server works on at once. Each push holds up to two database connections
 * (its item's transaction, then the counts after commit); with 200 phones pushing at once and no
 * gate they queued for the pool and gave up after its 30 s timeout, answering 500. Beyond the
 * gate a push waits a little, then is refused whole before anything of it is stored.
 */
@Singleton
class PushGate {

    private final Semaphore permits;

    PushGate(SyncConfiguration configuration) {
        this.permits = new Semaphore(configuration.concurrentPushes(), true);
    }

    /** Holds a place until the returned pass is closed; refuses with busy-retry after {@code patience}. */
    Pass enter(Duration patience) {
        boolean entered;
        try {
            entered = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw new ProblemException(ItemOutcome.busyRetry(
                    "Nothing in this push was stored. The captures stay on the phone, which sends them again shortly."));
        }
        return permits::release;
    }

    /** A place at the gate. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }
}
