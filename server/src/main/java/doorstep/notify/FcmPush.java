package doorstep.notify;

import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Pushes through Firebase Cloud Messaging with the Admin SDK: a data message, no notification text. */
@Singleton
@Requires(property = "doorstep.notify.push.enabled", value = "true")
class FcmPush implements DevicePush {

    private final FirebaseMessaging messaging;

    FcmPush(FirebaseMessaging messaging) {
        this.messaging = messaging;
    }

    @Override
    public void send(String pushToken, PushMessage message) throws PushNotSent {
        try {
            messaging.send(Message.builder().setToken(pushToken).putAllData(message.data()).build());
        } catch (FirebaseMessagingException e) {
            throw new PushNotSent(String.valueOf(e.getMessagingErrorCode() != null ? e.getMessagingErrorCode()
                    : e.getErrorCode()), e);
        }
    }
}
