package doorstep.field.home;

import doorstep.device.sync.SyncReport;
import doorstep.device.sync.SyncStatus;
import doorstep.field.sync.SyncProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one line that says how sending is going, in plain English: "No signal: 3 waiting",
 * "Sending 3 of 12", "All sent at 14:02", or a problem with what to do about it; when what to do is
 * to sign in again, tapping the line does it.
 *
 * @param text what the line says
 * @param opensSignIn whether tapping the line opens the sign-in screen
 */
record SyncLine(String text, boolean opensSignIn) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    static final String REVOKED = "Your team has switched this phone off for Doorstep, so nothing more is sent"
            + " from it. What was not sent stays here. Ask your IT support what to do.";

    /** @param waiting captures sealed but not yet taken by the server */
    static SyncLine of(SyncProgress.Now now, int waiting, boolean online, Instant at, ZoneId zone) {
        if (now.revoked()) {
            return says(REVOKED);
        }
        if (now.sending()) {
            return says("Sending " + Math.min(now.settled() + 1, now.total()) + " of " + now.total());
        }
        if (waiting > 0 && !online) {
            return says("No signal: " + waiting + " waiting");
        }
        SyncReport last = now.last();
        if (waiting > 0 && last != null && last.status() == SyncStatus.REAUTH_NEEDED) {
            return new SyncLine("Sign in again to send " + waiting + " waiting. They are kept safe on this phone.", true);
        }
        if (waiting > 0 && last != null && last.status() == SyncStatus.REFUSED) {
            return says("Not sent: " + last.problem() + " " + waiting + " waiting, kept on this phone."
                    + " Tell your IT support.");
        }
        if (waiting > 0 && last != null && last.problem() != null) {
            return says(waiting + " waiting. The server did not answer; Doorstep tries again by itself"
                    + (last.retryAt() == null ? "." : " at " + TIME.format(last.retryAt().atZone(zone)) + "."));
        }
        if (waiting > 0) {
            return says(waiting + " waiting to send");
        }
        if (now.allSentAt() != null) {
            return says("All sent " + when(now.allSentAt(), at, zone));
        }
        return says("Nothing waiting to send");
    }

    private static SyncLine says(String text) {
        return new SyncLine(text, false);
    }

    private static String when(Instant sent, Instant at, ZoneId zone) {
        LocalDate day = sent.atZone(zone).toLocalDate();
        String time = TIME.format(sent.atZone(zone));
        return day.equals(at.atZone(zone).toLocalDate()) ? "at " + time : "on " + DAY.format(day) + " at " + time;
    }
}
