package doorstep.notify;

import com.google.firebase.messaging.FirebaseMessaging;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** In the push-recording environment, the server's FCM client is the real SDK over {@link RecordingFcm}. */
@Factory
@Requires(env = RecordingFcmFactory.ENVIRONMENT)
class RecordingFcmFactory {

    static final String ENVIRONMENT = "push-recording";

    @Bean(preDestroy = "delete")
    @Singleton
    RecordingFcm recordingFcm() {
        return new RecordingFcm();
    }

    @Singleton
    @Replaces(value = FirebaseMessaging.class, factory = PushFactory.class)
    FirebaseMessaging firebaseMessaging(RecordingFcm fcm) {
        return fcm.messaging();
    }
}
