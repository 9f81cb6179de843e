package doorstep.device.account;

import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The officer this phone belongs to, from their first sign-in until the phone is wiped. Drafts, waiting
 * captures and tasks on it are theirs: someone else signing in would send them under the wrong name.
 */
public final class PhoneOwner {

    private final OutboxStore store;

    public PhoneOwner(OutboxStore store) {
        this.store = store;
    }

    /** Lets the phone's owner (or the first officer on a fresh phone) in; refuses anyone else. */
    public void admit(String userId) throws SignInProblem {
        Optional<String> owner = store.setting(DeviceSetting.OWNER).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        if (owner.isEmpty()) {
            store.putSetting(DeviceSetting.OWNER, userId.getBytes(StandardCharsets.UTF_8));
        } else if (!owner.get().equals(userId)) {
            throw new SignInProblem(SignInFailure.ANOTHER_OFFICERS_PHONE);
        }
    }
}
