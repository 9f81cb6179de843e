package doorstep.capture;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of capture this server can take. A device sending any other kind gets a per-item refusal. */
public enum CaptureKind {
    DOMESTIC_ABUSE_INCIDENT("domestic-abuse-incident");

    private final String wireName;

    CaptureKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CaptureKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
