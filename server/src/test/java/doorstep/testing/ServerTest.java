package doorstep.testing;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * Runs a test class against a real server: the embedded MariaDB (a fresh schema) and the Firebase
 * Auth emulator. Annotate the class with {@code @MicronautTest(environments = "test", transactional = false)} and
 * {@code @TestInstance(PER_CLASS)}.
 */
public interface ServerTest extends TestPropertyProvider {

    String TENANT = "test-la";
    String OTHER_TENANT = "other-la";

    @Override
    default Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabase.freshSchemaUrl(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "doorstep.identity.auth-emulator-host", AuthEmulator.host());
    }
}
