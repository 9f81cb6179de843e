package doorstep.notify;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where push is not configured (development, tests): says what would have gone, by id only. */
@Singleton
@Requires(property = "doorstep.notify.push.enabled", notEquals = "true")
class PushOff implements DevicePush {

    private static final Logger LOG = LoggerFactory.getLogger(PushOff.class);

    @Override
    public void send(String pushToken, PushMessage message) {
        LOG.info("Push is off (doorstep.notify.push.enabled): not sending {} for contact {} to a device",
                message.type(), message.contactId());
    }
}
