package doorstep.field.testing;

import doorstep.device.api.model.DeviceAction;
import doorstep.device.api.model.DeviceCommand;
import doorstep.device.api.model.FeedEntry;
import doorstep.device.api.model.Outcome;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.ReferralOutcome;
import doorstep.device.api.model.ReturnHomeTask;
import doorstep.device.api.model.ReturnHomeTaskState;
import doorstep.device.api.model.TaskNotice;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What the server's feed and task reads say, for the sync tests. */
public final class FeedEntries {

    private FeedEntries() {
    }

    public static FeedEntry outcome(UUID submissionId, Outcome outcome) {
        return new FeedEntry().kind(FeedEntry.KindEnum.REFERRAL_OUTCOME).at(now()).outcome(new ReferralOutcome()
                .submissionId(submissionId).contactId(UUID.randomUUID()).outcome(outcome).decidedAt(now()));
    }

    public static FeedEntry wipe() {
        return command(DeviceAction.WIPE);
    }

    public static FeedEntry command(DeviceAction action) {
        return new FeedEntry().kind(FeedEntry.KindEnum.DEVICE_COMMAND).at(now()).command(new DeviceCommand()
                .commandId(UUID.randomUUID()).deviceId(UUID.randomUUID()).action(action).issuedAt(now()));
    }

    public static FeedEntry taskDueIn(UUID taskId, Duration left) {
        return new FeedEntry().kind(FeedEntry.KindEnum.TASK).at(now()).task(new TaskNotice().taskId(taskId)
                .taskKind(TaskNotice.TaskKindEnum.RETURN_HOME_INTERVIEW).state(ReturnHomeTaskState.OPEN)
                .dueAt(now().plus(left)));
    }

    /** Maya's return, due in {@code left}. */
    public static ReturnHomeTask mayasReturn(UUID taskId, Duration left) {
        return returnOf(taskId, left, "Maya", "Khan");
    }

    /** A child's return, due in {@code left}, as the server answers the worker who opens its task. */
    public static ReturnHomeTask returnOf(UUID taskId, Duration left, String givenName, String familyName) {
        OffsetDateTime returnedAt = now().plus(left).minusHours(72);
        return new ReturnHomeTask().taskId(taskId).state(ReturnHomeTaskState.OPEN)
                .child(new PersonName().givenName(givenName).familyName(familyName))
                .missingFrom(returnedAt.minusDays(2)).returnedAt(returnedAt).dueAt(now().plus(left))
                .overdue(false).secondsLeft(left.toSeconds());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
