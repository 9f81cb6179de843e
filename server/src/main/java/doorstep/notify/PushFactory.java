package doorstep.notify;

import com.google.firebase.FirebaseApp;
import com.google.firebase.messaging.FirebaseMessaging;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** FCM through the server's own Firebase app (its project and Google credentials), when push is on. */
@Factory
@Requires(property = "doorstep.notify.push.enabled", value = "true")
class PushFactory {

    @Singleton
    FirebaseMessaging firebaseMessaging(FirebaseApp app) {
        return FirebaseMessaging.getInstance(app);
    }
}
