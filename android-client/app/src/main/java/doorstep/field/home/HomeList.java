package doorstep.field.home;

import android.app.Activity;
import android.content.Intent;
import android.widget.LinearLayout;
import android.widget.TextView;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.TaskNotice;
import doorstep.device.capture.ReturnHomeClock;
import doorstep.device.crypto.UnreadableRecordProblem;
import doorstep.device.outbox.Outbox;
import doorstep.device.outbox.OutboxItem;
import doorstep.device.outbox.OutboxState;
import doorstep.device.sync.ReferralOutcomes;
import doorstep.device.sync.TaskNotices;
import doorstep.field.R;
import doorstep.field.capture.CaptureActivity;
import doorstep.field.returnhome.ClockLine;
import doorstep.field.sync.ReceiptTimes;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The home screen's list, drawn afresh from the outbox and the feed's records: tasks to do, refused
 * captures with what to do, drafts, captures waiting to send, and those sent. Each row is tagged
 * with its state and submission or task id, which is how tests find it. A task names its child only
 * once the worker has opened it here, since only then has the server said (and audited) who it is.
 */
final class HomeList {

    static final String TASK_NOT_YET_OPENED = "Return home interview — open to see who";
    static final String REFUSED_WHAT_TO_DO = "It is kept on this phone but was not stored by the server."
            + " If a child may be at risk now, phone the MASH. Otherwise record it again.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

    private final Activity activity;
    private final LinearLayout list;
    private final Clock clock;
    private final Consumer<TaskNotice> openTask;

    HomeList(Activity activity, LinearLayout list, Clock clock, Consumer<TaskNotice> openTask) {
        this.activity = activity;
        this.list = list;
        this.clock = clock;
        this.openTask = openTask;
    }

    void show(Outbox outbox, TaskNotices tasks, ReferralOutcomes outcomes, ReceiptTimes receipts) {
        list.removeAllViews();
        List<TaskNotice> open = openTasks(tasks);
        section("Return home interviews to do", open.isEmpty() ? "None for you just now." : null);
        for (TaskNotice task : open) {
            ReturnHomeClock returnClock = new ReturnHomeClock(task.getDueAt().toInstant().minus(ReturnHomeClock.ALLOWED));
            row("task:" + task.getTaskId(), who(tasks, task) + "\n" + ClockLine.of(returnClock, clock) + "\n"
                    + ClockLine.dueAt(returnClock, clock), true).setOnClickListener(tapped -> openTask.accept(task));
        }
        List<OutboxItem> refused = newestFirst(outbox.inState(OutboxState.REJECTED));
        if (!refused.isEmpty()) {
            section("Not accepted: please read", null);
            for (OutboxItem item : refused) {
                row("refused:" + item.id(), label(item) + "\n" + item.rejectionReason() + "\n" + REFUSED_WHAT_TO_DO, false)
                        .setTextColor(activity.getColor(R.color.error));
            }
        }
        List<OutboxItem> drafts = newestFirst(outbox.inState(OutboxState.DRAFT));
        section("Drafts", drafts.isEmpty() ? "No drafts." : null);
        for (OutboxItem draft : drafts) {
            row("draft:" + draft.id(), label(draft) + "\nTap to carry on.", true)
                    .setOnClickListener(tapped -> reopen(draft));
        }
        List<OutboxItem> waiting = newestFirst(outbox.inState(OutboxState.SEALED));
        waiting.addAll(newestFirst(outbox.inState(OutboxState.SENT)));
        section("Ready to send", waiting.isEmpty() ? "Nothing waiting." : null);
        for (OutboxItem item : waiting) {
            row("waiting:" + item.id(), label(item) + "\nSealed. It goes when there is signal.", false);
        }
        List<OutboxItem> sent = newestFirst(outbox.inState(OutboxState.RECEIPTED));
        section("Sent", sent.isEmpty() ? "Nothing sent yet." : null);
        for (OutboxItem item : sent) {
            String when = receipts.of(item.id()).map(at -> "Received by the server " + at(at)).orElse("Received by the server");
            row("sent:" + item.id(), label(item) + "\n" + when + outcome(outcomes, item).map(text -> "\n" + text).orElse(""),
                    false);
        }
    }

    private static List<TaskNotice> openTasks(TaskNotices tasks) {
        try {
            return tasks.open();
        } catch (UnreadableRecordProblem unreadable) {
            return List.of(); // the next pull of the feed rebuilds them
        }
    }

    private static String who(TaskNotices tasks, TaskNotice task) {
        Optional<PersonName> child;
        try {
            child = tasks.childOf(task.getTaskId());
        } catch (UnreadableRecordProblem unreadable) {
            child = Optional.empty(); // opening the task reads the name again
        }
        return child.map(name -> "Return home interview with " + name.getGivenName() + " " + name.getFamilyName())
                .orElse(TASK_NOT_YET_OPENED);
    }

    private void reopen(OutboxItem draft) {
        CaptureKind.of(draft.kind()).ifPresent(kind -> activity.startActivity(
                new Intent(activity, kind.screen).putExtra(CaptureActivity.EXTRA_DRAFT, draft.id().toString())));
    }

    private Optional<String> outcome(ReferralOutcomes outcomes, OutboxItem item) {
        try {
            return outcomes.of(item.id()).map(OutcomeText::of);
        } catch (UnreadableRecordProblem unreadable) {
            return Optional.of("The MASH decision could not be read on this phone.");
        }
    }

    private String label(OutboxItem item) {
        return CaptureKind.labelOf(item.kind()) + ", started " + at(item.createdAt());
    }

    private String at(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    private void section(String title, String emptyText) {
        TextView heading = new TextView(activity, null, 0, R.style.Widget_Doorstep_Subsection);
        heading.setText(title);
        heading.setPadding(0, px(R.dimen.field_gap), 0, px(R.dimen.label_gap));
        list.addView(heading);
        if (emptyText != null) {
            TextView empty = new TextView(activity, null, 0, R.style.Widget_Doorstep_Help);
            empty.setText(emptyText);
            list.addView(empty);
        }
    }

    private TextView row(String tag, String text, boolean tappable) {
        TextView row = new TextView(activity, null, 0, tappable ? R.style.Widget_Doorstep_HomeRow_Tappable
                : R.style.Widget_Doorstep_HomeRow);
        row.setTag(tag);
        row.setText(text);
        list.addView(row);
        return row;
    }

    private int px(int dimension) {
        return activity.getResources().getDimensionPixelSize(dimension);
    }

    private static List<OutboxItem> newestFirst(List<OutboxItem> items) {
        return new java.util.ArrayList<>(items.stream().sorted(Comparator.comparing(OutboxItem::createdAt).reversed()).toList());
    }
}
