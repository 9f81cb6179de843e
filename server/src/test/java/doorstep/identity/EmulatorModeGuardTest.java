package doorstep.identity;

import doorstep.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The emulator checks no token signatures, so a server configured for it must not start in production. */
class EmulatorModeGuardTest {

    @Test
    void serverConfiguredForTheAuthEmulatorRefusesToStartInProduction() {
        ApplicationContextBuilder production = ApplicationContext.builder()
                .environments("prod")
                .deduceEnvironment(false)
                .properties(Map.of(
                        "datasources.default.url", TestDatabase.freshSchemaUrl(),
                        "datasources.default.username", TestDatabase.username(),
                        "datasources.default.password", TestDatabase.password(),
                        "doorstep.identity.project-id", "demo-doorstep",
                        "doorstep.identity.auth-emulator-host", "127.0.0.1:1",
                        "doorstep.crypto.master-key-file", "target/test-master-keyset.json",
                        "doorstep.crypto.create-master-key-if-missing", true));

        Exception refusal = assertThrows(Exception.class, () -> {
            try (ApplicationContext started = production.start()) {
                started.getEnvironment(); // only reached if it started
            }
        });

        assertTrue(refusal.getMessage().contains("emulator"), refusal::toString);
    }
}
