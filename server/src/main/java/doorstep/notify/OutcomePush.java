package doorstep.notify;

import doorstep.identity.DeviceRegistry;
import doorstep.mash.ContactDecided;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a decided (or corrected) outcome to every device of the referrer, once the decision has
 * committed: a push that fails leaves the decision as it is, and the device still finds the outcome
 * in its feed.
 */
@Singleton
class OutcomePush {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomePush.class);

    private final DeviceRegistry devices;
    private final DevicePush push;

    OutcomePush(DeviceRegistry devices, DevicePush push) {
        this.devices = devices;
        this.push = push;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void on(ContactDecided decided) {
        PushMessage message = new PushMessage(PushMessage.REFERRAL_OUTCOME, decided.submissionId(), decided.contactId());
        for (String token : devices.pushTokensOf(decided.tenantId(), decided.referrerUid())) {
            try {
                push.send(token, message);
            } catch (PushNotSent e) {
                logFailure(decided, e.getMessage());
            } catch (RuntimeException e) {
                logFailure(decided, e.getClass().getSimpleName());
            }
        }
    }

    /** The contact's id and the service's code only: never the token, which is a credential for the device. */
    private static void logFailure(ContactDecided decided, String why) {
        LOG.warn("Push of the outcome of contact {} to one of the referrer's devices failed ({}); "
                + "the device will find it in its feed", decided.contactId(), why);
    }
}
