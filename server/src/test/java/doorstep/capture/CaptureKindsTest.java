package doorstep.capture;

import doorstep.problem.Violation;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every kind of capture is a plug-in found by its name; a payload is read as the kind sealed inside it. */
class CaptureKindsTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final FakeKind visit = new FakeKind("early-help-visit");
    private final FakeKind interview = new FakeKind("return-home-interview");
    private final CaptureKinds kinds = new CaptureKinds(List.of(visit, interview), JSON);

    @Test
    void payloadIsHandedToTheKindSealedInsideIt() throws Exception {
        kinds.read("return-home-interview", payload("{\"kind\": \"return-home-interview\"}"));

        assertEquals(1, interview.read.size());
        assertEquals(0, visit.read.size());
    }

    @Test
    void payloadWithoutAKindIsReadAsTheKindItsItemDeclares() throws Exception {
        kinds.read("early-help-visit", payload("{\"narrative\": \"made before kinds were sealed\"}"));

        assertEquals(1, visit.read.size());
    }

    @Test
    void payloadSealedAsAKindWithNoPlugInIsAnUnknownKind() {
        assertThrows(UnknownCaptureKind.class,
                () -> kinds.read("early-help-visit", payload("{\"kind\": \"stalking-report\"}")));
        assertEquals(0, visit.read.size());
    }

    @Test
    void payloadSealedAsAnotherKindThanItsItemDeclaresIsRefusedNamingKind() {
        InvalidCapture refused = assertThrows(InvalidCapture.class,
                () -> kinds.read("early-help-visit", payload("{\"kind\": \"return-home-interview\"}")));

        assertEquals(List.of("kind"), refused.violations().stream().map(Violation::field).toList());
        assertEquals(0, visit.read.size() + interview.read.size());
    }

    @Test
    void payloadThatIsNotAJsonObjectIsRefusedAsUnreadable() {
        InvalidCapture refused = assertThrows(InvalidCapture.class,
                () -> kinds.read("early-help-visit", payload("[1, 2]")));

        assertEquals(List.of("payload"), refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void twoKindsWithOneNameFailAtStartupSayingSo() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new CaptureKinds(List.of(visit, new FakeKind("early-help-visit")), JSON));

        assertEquals("Two capture kinds are named early-help-visit; give each kind its own name", failure.getMessage());
    }

    @Test
    void knowsExactlyTheKindsThatArePluggedIn() {
        assertEquals(List.of(true, true, false), List.of(kinds.knows("early-help-visit"),
                kinds.knows("return-home-interview"), kinds.knows("domestic-abuse-incident")));
    }

    private static byte[] payload(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static final class FakeKind implements CaptureKind {

        private final String name;
        private final List<byte[]> read = new ArrayList<>();

        FakeKind(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String schemaName() {
            return "Fake";
        }

        @Override
        public CheckedCapture read(byte[] plaintext) {
            read.add(plaintext);
            return (Recorder recorder, UUID submissionId) -> {
            };
        }

        @Override
        public Optional<CaptureForTriage> forTriage(String tenantId, UUID captureId) {
            return Optional.empty();
        }
    }
}
