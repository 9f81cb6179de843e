package doorstep.capture;

import java.util.Optional;
import java.util.UUID;

/**
 * One kind of field capture, as a plug-in. A new kind is a bean of this type in a package of its
 * own: sync opens a sealed payload, finds the kind it names among these beans and hands the payload
 * over, knowing no kind by name.
 */
public interface CaptureKind {

    /** The {@code kind} a sealed payload carries, e.g. {@code domestic-abuse-incident}. */
    String name();

    /** The payload's schema in the API contract. */
    String schemaName();

    /**
     * Reads and checks an opened payload against its definition; nothing is stored.
     *
     * @throws UnknownDefinition the payload was made with a checklist or form version this server does not know
     * @throws InvalidCapture    the payload is incomplete or inconsistent
     */
    CheckedCapture read(byte[] plaintext) throws UnknownDefinition, InvalidCapture;

    /**
     * Reads and checks an opened payload sent in by a user of this tenant; nothing is stored. A kind
     * whose captures refer to records the tenant already holds (an interview names its task)
     * overrides this to check them too.
     *
     * @throws UnknownReference the payload names a record this tenant does not hold
     */
    default CheckedCapture read(String tenantId, byte[] plaintext)
            throws UnknownDefinition, InvalidCapture, UnknownReference {
        return read(plaintext);
    }

    /**
     * A stored capture of this kind, decrypted for a MASH triager; empty when the tenant has no such
     * capture. The caller authorises and audits the read.
     */
    Optional<CaptureForTriage> forTriage(String tenantId, UUID captureId);
}
