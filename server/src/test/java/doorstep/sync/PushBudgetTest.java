package doorstep.sync;

import doorstep.device.sync.PushLimits;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server's time for a push, and its share of the database pool, are what the phones are built for. */
class PushBudgetTest {

    @Test
    void serverWorksOnAPushForTheBudgetThePhonesReadTimeoutIsSizedFrom() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            context.getEnvironment().start();

            assertEquals(PushLimits.SERVER_BUDGET, context.getProperty("doorstep.sync.push-budget", Duration.class).orElseThrow());
            assertTrue(PushLimits.BATCH_ITEMS <= context.getProperty("doorstep.sync.max-batch-items", Integer.class).orElseThrow());
        }
    }

    @Test
    void pushesWorkedOnAtOnceNeverNeedMoreConnectionsThanThePoolHas() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            context.getEnvironment().start();

            int pushes = context.getProperty("doorstep.sync.concurrent-pushes", Integer.class).orElseThrow();
            int pool = context.getProperty("datasources.default.maximum-pool-size", Integer.class).orElseThrow();
            assertTrue(2 * pushes < pool, "two connections a push, and some left for sign-in checks and reads");
        }
    }
}
