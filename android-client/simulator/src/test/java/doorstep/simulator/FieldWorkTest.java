package doorstep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phones with no signal capture what their carrier would, each capture checked and sealed by the real core. */
class FieldWorkTest {

    private final Clock clock = Clock.systemUTC();
    private final RunTally tally = new RunTally();

    @Test
    void policeSendAboutOneReturnPerFourIncidents(@TempDir Path folder) throws Exception {
        try (SimulatedDevice phone = offlinePhone(folder)) {
            new FieldWork(5, clock, EnumSet.allOf(SimulatedKind.class), tally).captureOffline(FieldRole.POLICE, phone, 100);

            int returns = tally.captured("child-returned").size();
            assertEquals(100, tally.captured("domestic-abuse-incident").size() + returns);
            assertTrue(returns >= 10 && returns <= 32, returns + " returns in 100 captures");
            assertEquals(100, phone.waiting().size());
        }
    }

    @Test
    void withoutInterviewsPoliceSendOnlyIncidents(@TempDir Path folder) throws Exception {
        try (SimulatedDevice phone = offlinePhone(folder)) {
            new FieldWork(5, clock, Set.of(SimulatedKind.INCIDENT), tally).captureOffline(FieldRole.POLICE, phone, 20);

            assertEquals(20, tally.captured("domestic-abuse-incident").size());
        }
    }

    @Test
    void forInterviewsAlonePoliceSendOnlyReturns(@TempDir Path folder) throws Exception {
        try (SimulatedDevice phone = offlinePhone(folder)) {
            new FieldWork(5, clock, Set.of(SimulatedKind.RETURN_HOME_INTERVIEW), tally)
                    .captureOffline(FieldRole.POLICE, phone, 20);

            assertEquals(20, tally.captured("child-returned").size());
        }
    }

    @Test
    void earlyHelpWorkersSendVisitsAndInterviewersNothingUntilTheyHaveTasks(@TempDir Path folder) throws Exception {
        try (SimulatedDevice phone = offlinePhone(folder)) {
            FieldWork work = new FieldWork(5, clock, EnumSet.allOf(SimulatedKind.class), tally);
            work.captureOffline(FieldRole.EARLY_HELP, phone, 30);
            work.captureOffline(FieldRole.INTERVIEWER, phone, 30);

            assertEquals(30, tally.captured("early-help-visit").size());
            assertEquals(30, tally.captured().size());
        }
    }

    /** An enrolled phone whose signal is gone: it holds the intake key and seals without the network. */
    private SimulatedDevice offlinePhone(Path folder) throws Exception {
        HybridConfig.register();
        AeadConfig.register();
        KeysetHandle intake = KeysetHandle.generateNew(KeyTemplates.get("DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("intake-key.json"),
                TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(intake.getPublicKeysetHandle()));
        FlakyNetwork network = new FlakyNetwork(1, 0);
        network.goOffline();
        return new SimulatedDevice(folder, "http://127.0.0.1:9", () -> "no-token", network,
                SimulatedDevice.forwarding((id, status) -> { }), chain -> chain.proceed(chain.request()), clock);
    }
}
