package doorstep.field.capture;

import doorstep.device.crypto.SubmissionSealer;
import java.util.Optional;
import java.util.UUID;

/**
 * What sending needs from enrolment: the sealer for the tenant's intake key and this phone's device
 * id. The app's foundations install theirs once the phone is enrolled; tests install a test key.
 */
public interface Sealing {

    SubmissionSealer sealer();

    UUID deviceId();

    /** Until a phone is enrolled there is none, and Send keeps the capture as a draft. */
    static Optional<Sealing> current() {
        return Optional.ofNullable(Installed.sealing);
    }

    static void install(Sealing sealing) {
        Installed.sealing = sealing;
    }

    static void uninstall() {
        Installed.sealing = null;
    }

    /** Holds the installed sealing for the process; enrolment is per phone, not per screen. */
    final class Installed {
        private static volatile Sealing sealing;

        private Installed() {
        }
    }
}
