package doorstep.capture;

import doorstep.problem.Violation;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every kind of capture this server takes: all {@link CaptureKind} beans, so a new kind is found
 * without a list to edit. Opens a payload by the {@code kind} sealed inside it.
 */
@Singleton
public class CaptureKinds {

    private static final Violation UNREADABLE = new Violation("payload",
            "is not a capture this server can read; update the app");

    private final Map<String, CaptureKind> byName = new HashMap<>();
    private final JsonMapper json;

    CaptureKinds(List<CaptureKind> kinds, JsonMapper json) {
        for (CaptureKind kind : kinds) {
            if (byName.put(kind.name(), kind) != null) {
                throw new IllegalStateException("Two capture kinds are named " + kind.name()
                        + "; give each kind its own name");
            }
        }
        this.json = json;
    }

    public boolean knows(String kind) {
        return byName.containsKey(kind);
    }

    /** A stored capture of the named kind, decrypted for a triager; empty when there is none in the tenant. */
    public Optional<CaptureForTriage> forTriage(String kind, String tenantId, UUID captureId) {
        CaptureKind plugIn = byName.get(kind);
        return plugIn == null ? Optional.empty() : plugIn.forTriage(tenantId, captureId);
    }

    /**
     * Reads an opened payload as the kind sealed inside it. A payload without a {@code kind} was
     * sealed by an app from before kinds were sealed, and is read as the kind its item declares.
     */
    public CheckedCapture read(String declaredKind, byte[] plaintext)
            throws UnknownCaptureKind, UnknownDefinition, InvalidCapture {
        return plugInFor(declaredKind, plaintext).read(plaintext);
    }

    /** Reads an opened payload a user of this tenant sent, as the kind sealed inside it (see {@link #read(String, byte[])}). */
    public CheckedCapture read(String declaredKind, String tenantId, byte[] plaintext)
            throws UnknownCaptureKind, UnknownDefinition, InvalidCapture, UnknownReference {
        return plugInFor(declaredKind, plaintext).read(tenantId, plaintext);
    }

    private CaptureKind plugInFor(String declaredKind, byte[] plaintext) throws UnknownCaptureKind, InvalidCapture {
        String sealedKind = sealedKindOf(plaintext);
        String kind = sealedKind == null ? declaredKind : sealedKind;
        CaptureKind plugIn = byName.get(kind);
        if (plugIn == null) {
            throw new UnknownCaptureKind();
        }
        if (!kind.equals(declaredKind)) {
            throw new InvalidCapture(List.of(new Violation("kind",
                    "differs from the kind the item declares; update the app")));
        }
        return plugIn;
    }

    private String sealedKindOf(byte[] plaintext) throws InvalidCapture {
        JsonNode root;
        try {
            root = json.readValue(plaintext, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidCapture(List.of(UNREADABLE));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCapture(List.of(UNREADABLE));
        }
        JsonNode kind = root.get("kind");
        if (kind == null || kind.isNull()) {
            return null;
        }
        if (!kind.isString()) {
            throw new InvalidCapture(List.of(new Violation("kind", "must be text naming the kind of capture")));
        }
        return kind.getStringValue();
    }
}
