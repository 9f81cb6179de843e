package doorstep.sync;

import doorstep.api.FeedApi;
import doorstep.api.model.DeadlineNotice;
import doorstep.api.model.DeadlineNoticeRecordKind;
import doorstep.api.model.DeadlineStatus;
import doorstep.api.model.DeviceAction;
import doorstep.api.model.DeviceCommand;
import doorstep.api.model.FeedEntry;
import doorstep.api.model.FeedEntryKind;
import doorstep.api.model.FeedPage;
import doorstep.api.model.Outcome;
import doorstep.api.model.ReferralOutcome;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.api.model.TaskNotice;
import doorstep.api.model.TaskNoticeTaskKind;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.DeviceRegistry;
import doorstep.identity.Role;
import io.micronaut.http.annotation.Controller;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Controller
class FeedController implements FeedApi {

    private final CurrentCaller currentCaller;
    private final DeviceRegistry devices;
    private final FeedEntryRepository feed;

    FeedController(CurrentCaller currentCaller, DeviceRegistry devices, FeedEntryRepository feed) {
        this.currentCaller = currentCaller;
        this.devices = devices;
        this.feed = feed;
    }

    @Override
    public FeedPage pullFeed(UUID deviceId, String cursor, Integer limit) {
        Caller caller = currentCaller.get();
        devices.requireOwn(deviceId, caller);
        long after = FeedCursor.decode(cursor);
        int pageSize = limit == null ? 50 : limit;
        List<FeedEntryRow> rows = feed.page(caller.tenantId(), caller.uid(), deviceId.toString(), rolesOf(caller),
                after, pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<FeedEntryRow> page = more ? rows.subList(0, pageSize) : rows;
        long last = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        return new FeedPage(page.stream().map(FeedController::toWire).toList(), FeedCursor.encode(last), more);
    }

    /** The caller's role claims; a role no one holds when they have none, so the query's list is never empty. */
    private static List<String> rolesOf(Caller caller) {
        List<String> roles = caller.roles().stream().map(Role::claim).sorted().toList();
        return roles.isEmpty() ? List.of("-") : roles;
    }

    private static FeedEntry toWire(FeedEntryRow row) {
        var at = row.at().atOffset(ZoneOffset.UTC);
        if (FeedEntryRow.TASK.equals(row.kind())) {
            return new FeedEntry(FeedEntryKind.TASK, at).task(new TaskNotice(row.refId(),
                    TaskNoticeTaskKind.fromValue(row.taskKind()), ReturnHomeTaskState.fromValue(row.taskState()),
                    row.dueAt().atOffset(ZoneOffset.UTC)).assignedTo(row.assignedTo()));
        }
        if (FeedEntryRow.DEADLINE.equals(row.kind())) {
            return new FeedEntry(FeedEntryKind.DEADLINE, at).deadline(new DeadlineNotice(row.refId(),
                    DeadlineNoticeRecordKind.fromValue(row.taskKind()), DeadlineStatus.fromValue(row.taskState()),
                    row.dueAt().atOffset(ZoneOffset.UTC)));
        }
        if (FeedEntryRow.DEVICE_COMMAND.equals(row.kind())) {
            return new FeedEntry(FeedEntryKind.DEVICE_COMMAND, at)
                    .command(new DeviceCommand(row.refId(), row.deviceId(), DeviceAction.fromValue(row.action()), at));
        }
        return new FeedEntry(FeedEntryKind.REFERRAL_OUTCOME, at)
                .outcome(new ReferralOutcome(row.submissionId(), row.refId(), Outcome.fromValue(row.outcome()), at));
    }
}
