package doorstep.device.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import doorstep.device.testing.IntakeKeyPair;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubmissionSealerTest {

    private static final byte[] CAPTURE = "{\"narrative\":\"shouting\"}".getBytes(StandardCharsets.UTF_8);

    private final UUID submissionId = UUID.randomUUID();
    private final UUID deviceId = UUID.randomUUID();

    @Test
    void sealedPayloadOpensOnlyWithSameSubmissionAndDevice() throws Exception {
        IntakeKeyPair server = IntakeKeyPair.generate();

        byte[] sealed = server.sealer().seal(CAPTURE, submissionId, deviceId);

        assertArrayEquals(CAPTURE, server.open(sealed, submissionId, deviceId));
        assertThrows(GeneralSecurityException.class, () -> server.open(sealed, UUID.randomUUID(), deviceId));
        assertThrows(GeneralSecurityException.class, () -> server.open(sealed, submissionId, UUID.randomUUID()));
    }

    @Test
    void sealedPayloadDoesNotOpenWithAnotherTenantsKey() throws Exception {
        byte[] sealed = IntakeKeyPair.generate().sealer().seal(CAPTURE, submissionId, deviceId);

        IntakeKeyPair otherTenant = IntakeKeyPair.generate();

        assertThrows(GeneralSecurityException.class, () -> otherTenant.open(sealed, submissionId, deviceId));
    }

    @Test
    void contextNamesSubmissionThenDeviceInLowerCase() {
        UUID submission = UUID.fromString("0F8FAD5B-D9CB-469F-A165-70867728950E");
        UUID device = UUID.fromString("7C9E6679-7425-40DE-944B-E07FC1F90AE7");

        String context = new String(SubmissionSealer.contextInfo(submission, device), StandardCharsets.UTF_8);

        assertEquals("doorstep-intake-v1|0f8fad5b-d9cb-469f-a165-70867728950e|7c9e6679-7425-40de-944b-e07fc1f90ae7",
                context);
    }

    @Test
    void malformedIntakeKeyIsRefused() {
        assertThrows(GeneralSecurityException.class, () -> SubmissionSealer.forIntakeKey("{\"key\":[]}"));
    }
}
