package doorstep.wire;

/**
 * Bytes that are not one clean JSON document: not JSON, something after the document, or a member
 * named twice. Expected from a broken or hostile client: refuse the whole body; retrying it unchanged
 * cannot succeed. The reason never quotes the bytes.
 */
public final class MalformedJson extends Exception {

    MalformedJson(String reason) {
        super(reason, null, false, false);
    }

    /** What is wrong, in words for the caller. */
    public String reason() {
        return getMessage();
    }
}
