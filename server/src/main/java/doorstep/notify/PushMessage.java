package doorstep.notify;

import java.util.Map;
import java.util.UUID;

/**
 * What a push says: which kind of change, about which submission and contact. Ids only: the device
 * pulls its feed to learn the rest over its authenticated connection.
 */
record PushMessage(String type, UUID submissionId, UUID contactId) {

    static final String REFERRAL_OUTCOME = "referral-outcome";

    Map<String, String> data() {
        return Map.of("type", type, "submissionId", submissionId.toString(), "contactId", contactId.toString());
    }
}
