package doorstep.device.sync;

import doorstep.device.api.SubmissionsApi;
import doorstep.device.api.client.ApiException;
import doorstep.device.api.model.Submission;
import doorstep.device.api.model.SubmissionBatch;
import doorstep.device.api.model.SubmissionResult;
import doorstep.device.api.model.SubmissionResults;
import doorstep.device.api.model.SubmissionStatus;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Pushes due items in batches and settles each one by its own result. */
final class Pusher {

    private final SubmissionsApi api;
    private final Outbox outbox;
    private final UUID deviceId;
    private final Backoff backoff;
    private final Random random;
    private final SyncListener listener;

    Pusher(SubmissionsApi api, Outbox outbox, UUID deviceId, Backoff backoff, Random random, SyncListener listener) {
        this.api = api;
        this.outbox = outbox;
        this.deviceId = deviceId;
        this.backoff = backoff;
        this.random = random;
        this.listener = listener;
    }

    /** Pushes until every due item is sent or a call fails; a failed call ends the push. */
    PushTally push(Instant now) {
        List<OutboxItem> due = outbox.dueForDelivery(now);
        PushTally tally = PushTally.start();
        for (int from = 0; from < due.size(); from += PushLimits.BATCH_ITEMS) {
            List<OutboxItem> batch = markSent(due.subList(from, Math.min(from + PushLimits.BATCH_ITEMS, due.size())));
            try {
                SubmissionResults results = api.pushSubmissions(toBatch(batch));
                tally = settle(batch, results.getResults(), now, tally);
            } catch (ApiException e) {
                CallFailure failure = CallFailure.of(e);
                if (failure == CallFailure.TRANSIENT) {
                    retryLater(batch, now);
                }
                return tally.failed(failure.status(), CallFailure.describe(e));
            }
        }
        return tally;
    }

    private List<OutboxItem> markSent(List<OutboxItem> items) {
        // Marked before the call, so a crash mid-call leaves them to be pushed again; the server dedupes.
        List<OutboxItem> sent = new ArrayList<>();
        for (OutboxItem item : items) {
            sent.add(outbox.markSent(item.id()));
        }
        return sent;
    }

    private SubmissionBatch toBatch(List<OutboxItem> items) {
        SubmissionBatch batch = new SubmissionBatch().deviceId(deviceId).items(new ArrayList<>());
        for (OutboxItem item : items) {
            batch.addItemsItem(new Submission()
                    .submissionId(item.id())
                    .kind(item.kind())
                    .deviceTime(OffsetDateTime.ofInstant(item.createdAt(), ZoneOffset.UTC))
                    .sealedPayload(item.payload()));
        }
        return batch;
    }

    private PushTally settle(List<OutboxItem> batch, List<SubmissionResult> results, Instant now, PushTally tally) {
        Set<UUID> answered = new HashSet<>();
        Set<UUID> sent = new HashSet<>();
        batch.forEach(item -> sent.add(item.id()));
        for (SubmissionResult result : results) {
            UUID id = result.getSubmissionId();
            if (!sent.contains(id) || notStoredYet(result) || !answered.add(id)) {
                continue;
            }
            listener.onSubmissionSettled(id, result.getStatus());
            switch (result.getStatus()) {
                case ACCEPTED, DUPLICATE -> {
                    outbox.markReceipted(id, result.getReceiptId() == null ? id : result.getReceiptId());
                    tally = tally.plusReceipted();
                }
                case CONFLICT, REJECTED -> {
                    outbox.markRejected(id, RefusalReason.of(result));
                    tally = tally.plusRejected();
                }
            }
        }
        retryLater(batch.stream().filter(item -> !answered.contains(item.id())).toList(), now);
        return tally;
    }

    /** Refused with a server-side (5xx) problem, such as busy-retry: nothing was stored, so it is sent again. */
    private static boolean notStoredYet(SubmissionResult result) {
        return result.getStatus() == SubmissionStatus.REJECTED && result.getProblem() != null
                && result.getProblem().getStatus() >= 500;
    }

    private void retryLater(List<OutboxItem> items, Instant now) {
        for (OutboxItem item : items) {
            outbox.retryAt(item.id(), now.plus(backoff.delayAfter(item.attempts(), random)));
        }
    }
}
