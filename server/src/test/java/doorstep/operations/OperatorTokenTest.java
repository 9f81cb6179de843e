package doorstep.operations;

import doorstep.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the operator token comes from, in a context with no database or Firebase (as the command-line tools run it). */
class OperatorTokenTest {

    @Test
    void withoutATokenFileConfiguredTheServerStartsAndNoTokenIsTheOperators() {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false).environments("cli").properties(database()).start()) {

            assertFalse(context.getBean(OperatorToken.class).isPresentedAs(""));
            assertFalse(context.getBean(OperatorToken.class).isPresentedAs("anything"));
        }
    }

    @Test
    void aConfiguredTokenFileThatDoesNotExistStopsTheStart() {
        Exception refusal = assertThrows(Exception.class, () -> ApplicationContext.builder()
                .deduceEnvironment(false).environments("cli")
                .properties(database())
                .properties(Map.of("doorstep.operations.token-file", "target/no-such-operator-token"))
                .start().close());

        assertTrue(String.valueOf(refusal.getMessage()).contains("operator token file"), refusal::toString);
    }

    private static Map<String, Object> database() {
        return Map.of(
                "datasources.default.url", TestDatabase.freshSchemaUrl(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "doorstep.crypto.master-key-file", "target/test-master-keyset.json",
                "doorstep.crypto.create-master-key-if-missing", true);
    }
}
