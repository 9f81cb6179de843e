package doorstep.mash;

import doorstep.api.model.Action;
import doorstep.crypto.FieldCipher;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * An action as the contract shows it, its text opened. Overdue means open and its due day over in
 * England: an action due today is on time until midnight.
 */
@Singleton
class ActionViews {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final FieldCipher cipher;
    private final Clock clock;

    ActionViews(FieldCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    Action toWire(DecisionAction action, boolean open) {
        return new Action(action.id(), action.decisionId(), action.contactId(),
                cipher.open(action.whatCt(), action.id().toString(), DecisionAction.WHAT), action.dueOn(),
                open && action.dueOn().isBefore(today()))
                .ownerUid(action.ownerUid())
                .ownerAgency(action.ownerAgency())
                .completedAt(action.completedAt() == null ? null : action.completedAt().atOffset(ZoneOffset.UTC))
                .completedBy(action.completedBy());
    }
}
