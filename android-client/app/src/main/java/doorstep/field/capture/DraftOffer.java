package doorstep.field.capture;

import android.app.Activity;
import android.app.AlertDialog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Offers a draft back, explicitly (ODK Collect's #3494: a silent restore confuses): "Carry on with the
 * incident you started at 02:14?" Carry on, or Discard, which asks again before anything is lost.
 * Neither dialog closes by tapping outside it: the worker chooses.
 */
final class DraftOffer {

    interface Choice {
        void carryOn();

        void discard();
    }

    private final Activity activity;
    private final String noun;
    private final String started;

    DraftOffer(Activity activity, String noun, Instant startedAt, Clock clock) {
        this.activity = activity;
        this.noun = noun;
        this.started = startedAt(startedAt, clock);
    }

    AlertDialog show(Choice choice) {
        return new AlertDialog.Builder(activity)
                .setTitle("Carry on with the " + noun + " you started " + started + "?")
                .setMessage("It is saved on this phone, encrypted.")
                .setCancelable(false)
                .setPositiveButton("Carry on", (dialog, which) -> choice.carryOn())
                .setNegativeButton("Discard", (dialog, which) -> confirmDiscard(choice))
                .show();
    }

    private void confirmDiscard(Choice choice) {
        new AlertDialog.Builder(activity)
                .setTitle("Discard the " + noun + " you started " + started + "?")
                .setMessage("Everything typed in it will be deleted from this phone. This cannot be undone.")
                .setCancelable(false)
                .setPositiveButton("Keep it", (dialog, which) -> show(choice))
                .setNegativeButton("Discard it", (dialog, which) -> choice.discard())
                .show();
    }

    /** "at 02:14" today, "on 3 December at 02:14" before. */
    static String startedAt(Instant at, Clock clock) {
        ZonedDateTime local = at.atZone(clock.getZone());
        String time = "at " + DateTimeFormatter.ofPattern("HH:mm", Locale.UK).format(local);
        return local.toLocalDate().equals(LocalDate.now(clock))
                ? time : "on " + DateTimeFormatter.ofPattern("d MMMM", Locale.UK).format(local) + " " + time;
    }
}
