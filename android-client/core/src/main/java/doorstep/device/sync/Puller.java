package doorstep.device.sync;

import doorstep.device.api.FeedApi;
import doorstep.device.api.model.FeedEntry;
import doorstep.device.api.model.FeedPage;
import doorstep.device.outbox.DeviceSetting;
import doorstep.device.outbox.OutboxStore;
import doorstep.device.api.client.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads the feed page by page from the stored cursor, saving the cursor after each page so an
 * interrupted pull resumes where it stopped. Entries of a page may be handled twice after a crash.
 */
final class Puller {

    static final int PAGE_SIZE = 50;
    /** Stops a server that always says hasMore from holding the phone in one run. */
    static final int MAX_PAGES_PER_RUN = 100;

    private final FeedApi api;
    private final OutboxStore store;
    private final ReferralOutcomes outcomes;
    private final TaskNotices tasks;
    private final SyncListener listener;
    private final UUID deviceId;

    Puller(FeedApi api, OutboxStore store, ReferralOutcomes outcomes, TaskNotices tasks, SyncListener listener,
            UUID deviceId) {
        this.api = api;
        this.store = store;
        this.outcomes = outcomes;
        this.tasks = tasks;
        this.listener = listener;
        this.deviceId = deviceId;
    }

    void pull() throws ApiException {
        String cursor = store.setting(DeviceSetting.FEED_CURSOR)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElse(null);
        for (int page = 0; page < MAX_PAGES_PER_RUN; page++) {
            FeedPage feed = api.pullFeed(deviceId, cursor, PAGE_SIZE);
            feed.getEntries().forEach(this::handle);
            cursor = feed.getNextCursor();
            store.putSetting(DeviceSetting.FEED_CURSOR, cursor.getBytes(StandardCharsets.UTF_8));
            if (!Boolean.TRUE.equals(feed.getHasMore())) {
                return;
            }
        }
    }

    private void handle(FeedEntry entry) {
        switch (entry.getKind()) {
            case REFERRAL_OUTCOME -> {
                if (entry.getOutcome() != null) {
                    outcomes.record(entry.getOutcome().getSubmissionId(), entry.getOutcome().getOutcome());
                }
            }
            case DEVICE_COMMAND -> {
                if (entry.getCommand() != null) {
                    listener.onDeviceCommand(entry.getCommand().getCommandId(), entry.getCommand().getAction());
                }
            }
            case TASK -> {
                if (entry.getTask() != null && tasks.record(entry.getAt(), entry.getTask())) {
                    listener.onTaskNotice(entry.getTask());
                }
            }
        }
    }
}
