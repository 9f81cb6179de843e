package doorstep.notify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The request the Firebase Admin SDK makes for a push: FCM's send endpoint, the server's bearer token, ids only. */
class FcmPushTest {

    private final RecordingFcm fcm = RecordingFcm.withoutAuthEmulator();
    private final FcmPush push = new FcmPush(fcm.messaging());

    @AfterEach
    void deleteApp() {
        fcm.delete();
    }

    @Test
    void outcomePushGoesToFcmsSendEndpointWithTheServersBearerToken() throws PushNotSent {
        push.send("device-token-1", new PushMessage(PushMessage.REFERRAL_OUTCOME, UUID.randomUUID(), UUID.randomUUID()));

        RecordingFcm.Sent sent = fcm.sent().get(0);
        assertEquals(1, fcm.sent().size());
        assertEquals("POST", sent.method());
        assertEquals(RecordingFcm.SEND_URL, sent.url());
        assertEquals("Bearer " + RecordingFcm.ACCESS_TOKEN, sent.authorization());
    }

    @Test
    void outcomePushCarriesTheTokenAndIdsAndNothingElse() throws PushNotSent {
        UUID submissionId = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();

        push.send("device-token-1", new PushMessage(PushMessage.REFERRAL_OUTCOME, submissionId, contactId));

        Map<String, Object> message = fcm.sent().get(0).message();
        assertEquals(Set.of("token", "data"), message.keySet(), "no notification text, no other member");
        assertEquals("device-token-1", message.get("token"));
        assertEquals(Map.of("type", "referral-outcome", "submissionId", submissionId.toString(),
                "contactId", contactId.toString()), message.get("data"));
    }

    @Test
    void pushFcmRefusesIsReportedWithFcmsCodeAndNotTheToken() {
        fcm.failWith(404);

        PushNotSent refused = assertThrows(PushNotSent.class, () -> push.send("device-token-1",
                new PushMessage(PushMessage.REFERRAL_OUTCOME, UUID.randomUUID(), UUID.randomUUID())));

        assertEquals("UNREGISTERED", refused.getMessage());
        assertFalse(refused.getMessage().contains("device-token-1"));
    }
}
