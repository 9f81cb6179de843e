package doorstep.device.sync;

import com.google.gson.reflect.TypeToken;
import doorstep.device.api.client.JSON;
import doorstep.device.api.model.FeedEntry;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.ReturnHomeTaskState;
import doorstep.device.api.model.TaskNotice;
import doorstep.device.crypto.LocalVault;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tasks for this worker or their service, as the feed announced them: the newest notice of each
 * task, kept encrypted in one device setting, so the app lists "my tasks" and their due times with no
 * signal. The feed brings ids and times only; who a task is about is read from the server when the
 * worker opens it (an audited read), and kept here, encrypted apart from the notices, until the task
 * closes, so the task list can name the child from then on.
 */
public final class TaskNotices {

    /** A closed task stays this long, so a notice replayed after a crash cannot reopen it, then goes. */
    static final Duration KEEP_CLOSED = Duration.ofDays(30);
    private static final String RECORD_ID = "task-notices";
    private static final String CHILDREN_RECORD_ID = "task-children";

    private final OutboxStore store;
    private final LocalVault vault;

    public TaskNotices(OutboxStore store, LocalVault vault) {
        this.store = store;
        this.vault = vault;
    }

    /** Tasks not yet closed, soonest due first. */
    public List<TaskNotice> open() throws UnreadableRecordProblem {
        return read().values().stream().map(FeedEntry::getTask)
                .filter(task -> task.getState() != ReturnHomeTaskState.CLOSED)
                .sorted(Comparator.comparing(TaskNotice::getDueAt).thenComparing(TaskNotice::getTaskId))
                .toList();
    }

    public Optional<TaskNotice> of(UUID taskId) throws UnreadableRecordProblem {
        return Optional.ofNullable(read().get(taskId)).map(FeedEntry::getTask);
    }

    /** Who the task is about, once the worker has opened it here; empty before, and once it has closed. */
    public Optional<PersonName> childOf(UUID taskId) throws UnreadableRecordProblem {
        return Optional.ofNullable(children().get(taskId.toString()));
    }

    /** Keeps who the task is about, as the server said when the worker opened it, until the task closes. */
    public void rememberChild(UUID taskId, PersonName child) {
        Map<String, PersonName> kept = childrenOrNone();
        kept.put(taskId.toString(), new PersonName().givenName(child.getGivenName()).familyName(child.getFamilyName()));
        keepChildren(kept);
    }

    /**
     * Keeps the notice unless one as new or newer is already kept for its task. Unreadable notices
     * (the phone's key was replaced) are dropped: the feed and the task list rebuild them.
     *
     * Only return home interviews are kept: the phone works on no other kind of task.
     *
     * @return whether the notice was newer than the one kept
     */
    boolean record(OffsetDateTime at, TaskNotice notice) {
        if (notice.getTaskKind() != TaskNotice.TaskKindEnum.RETURN_HOME_INTERVIEW) {
            // An overdue MASH action reaches its owner's feed too; the phone has no screen for those.
            return false;
        }
        Map<UUID, FeedEntry> kept;
        try {
            kept = read();
        } catch (UnreadableRecordProblem e) {
            kept = new LinkedHashMap<>();
        }
        FeedEntry earlier = kept.get(notice.getTaskId());
        if (earlier != null && earlier.getAt().isAfter(at)) {
            return false;
        }
        kept.put(notice.getTaskId(), new FeedEntry().kind(FeedEntry.KindEnum.TASK).at(at).task(notice));
        kept.values().removeIf(entry -> entry.getTask().getState() == ReturnHomeTaskState.CLOSED
                && entry.getAt().plus(KEEP_CLOSED).isBefore(at));
        byte[] plaintext = JSON.getGson().toJson(new ArrayList<>(kept.values())).getBytes(StandardCharsets.UTF_8);
        store.putSetting(DeviceSetting.TASK_NOTICES, vault.encrypt(plaintext, RECORD_ID));
        if (notice.getState() == ReturnHomeTaskState.CLOSED) {
            forgetChild(notice.getTaskId());
        }
        return true;
    }

    private void forgetChild(UUID taskId) {
        Map<String, PersonName> kept = childrenOrNone();
        if (kept.remove(taskId.toString()) != null) {
            keepChildren(kept);
        }
    }

    /** Unreadable names (the phone's key was replaced) are dropped: opening the task again reads them. */
    private Map<String, PersonName> childrenOrNone() {
        try {
            return children();
        } catch (UnreadableRecordProblem e) {
            return new LinkedHashMap<>();
        }
    }

    private Map<String, PersonName> children() throws UnreadableRecordProblem {
        Optional<byte[]> encrypted = store.setting(DeviceSetting.TASK_CHILDREN);
        if (encrypted.isEmpty()) {
            return new LinkedHashMap<>();
        }
        String json = new String(vault.decrypt(encrypted.get(), CHILDREN_RECORD_ID), StandardCharsets.UTF_8);
        return JSON.getGson().fromJson(json, new TypeToken<LinkedHashMap<String, PersonName>>() { }.getType());
    }

    private void keepChildren(Map<String, PersonName> children) {
        byte[] plaintext = JSON.getGson().toJson(children).getBytes(StandardCharsets.UTF_8);
        store.putSetting(DeviceSetting.TASK_CHILDREN, vault.encrypt(plaintext, CHILDREN_RECORD_ID));
    }

    private Map<UUID, FeedEntry> read() throws UnreadableRecordProblem {
        Optional<byte[]> encrypted = store.setting(DeviceSetting.TASK_NOTICES);
        Map<UUID, FeedEntry> kept = new LinkedHashMap<>();
        if (encrypted.isPresent()) {
            String json = new String(vault.decrypt(encrypted.get(), RECORD_ID), StandardCharsets.UTF_8);
            List<FeedEntry> entries = JSON.getGson().fromJson(json, new TypeToken<List<FeedEntry>>() { }.getType());
            entries.forEach(entry -> kept.put(entry.getTask().getTaskId(), entry));
        }
        return kept;
    }
}
