package doorstep.capture;

import doorstep.api.model.CaptureKindName;
import doorstep.problem.Violation;
import doorstep.testing.ApiTest;
import doorstep.wire.BodyShapeCheck;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of capture plugged into the server is known by its name and has its payload schema in the contract. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaptureKindContractTest extends ApiTest {

    @Inject
    List<CaptureKind> plugIns;

    @Inject
    CaptureKinds kinds;

    @Inject
    BodyShapeCheck shapes;

    @Test
    void everyKindInTheContractIsPluggedIn() {
        assertEquals(Arrays.stream(CaptureKindName.values()).map(CaptureKindName::getValue).collect(Collectors.toSet()),
                plugIns.stream().map(CaptureKind::name).collect(Collectors.toSet()),
                "each kind the contract names (CaptureKindName) has exactly one plug-in, and no plug-in is unnamed there");
    }

    @Test
    void everyPluggedInKindIsKnownByItsName() {
        plugIns.forEach(kind -> assertTrue(kinds.knows(kind.name()), kind.name()));
    }

    /** The compiled-code half of this rule is ArchitectureTest#syncKnowsNoKindOfCapture. */
    @Test
    void syncSourcesNameNoKindOfCapture() throws IOException {
        Path sync = Path.of("src/main/java/doorstep/sync");
        assertTrue(Files.isDirectory(sync), "run from the server module");
        try (Stream<Path> sources = Files.walk(sync)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                plugIns.forEach(kind -> assertFalse(text.contains(kind.name()), source + " names " + kind.name()));
            }
        }
    }

    @Test
    void everyPluggedInKindNamesASchemaOfTheContractThatDeclaresItsKind() {
        byte[] kindAsANumber = "{\"kind\": 7}".getBytes(StandardCharsets.UTF_8);
        for (CaptureKind kind : plugIns) {
            List<String> fields = assertDoesNotThrow(() -> shapes.check(kindAsANumber, kind.schemaName()),
                    kind.schemaName()).stream().map(Violation::field).toList();
            assertTrue(fields.contains("kind"), kind.schemaName() + " should declare kind as text: " + fields);
        }
    }
}
