package doorstep.field.capture;

import java.time.Clock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * Reads typed answers into values for the kind's JSON. What cannot be read (a date like 31/02) is a
 * problem on its own field; what was left empty is read as absent, for the core check to name.
 */
public final class FormReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final FormState state;
    private final ZoneId zone;
    private final List<Problem> problems = new ArrayList<>();

    public FormReader(FormState state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    @Nullable
    public String text(String key) {
        String text = state.get(key).strip();
        return text.isEmpty() ? null : text;
    }

    /** A yes/no question: null until answered. */
    @Nullable
    public Boolean yesNo(String key) {
        String answer = state.get(key);
        return answer.isEmpty() ? null : answer.equals(FormViews.YES);
    }

    /** A choice among an enum's values, by the enum's own JSON value; null until chosen. */
    @Nullable
    public <E> E choice(String key, Function<String, E> fromValue) {
        return state.has(key) ? fromValue.apply(state.get(key)) : null;
    }

    public boolean ticked(String key) {
        return state.get(key).equals(FormViews.YES);
    }

    @Nullable
    public LocalDate date(String key, String what) {
        String typed = state.get(key).strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed, DATE);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(key, "Check " + what + ": write it as day/month/year, like 04/12/2026."));
            return null;
        }
    }

    /** A moment typed as a date and a 24-hour time on the phone's clock. */
    @Nullable
    public OffsetDateTime moment(String key, String what) {
        LocalDate date = date(key + ".date", "the date " + what);
        String typed = state.get(key + ".time").strip().replace('.', ':');
        if (typed.isEmpty()) {
            return null;
        }
        try {
            LocalTime time = LocalTime.parse(typed.length() == 4 && !typed.contains(":")
                    ? typed.substring(0, 2) + ":" + typed.substring(2) : typed, TIME);
            return date == null ? null : date.atTime(time).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new Problem(key + ".time", "Check the time " + what + ": use the 24-hour clock, like 02:14."));
            return null;
        }
    }

    @Nullable
    public Integer number(String key, String what) {
        String typed = state.get(key).strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            problems.add(new Problem(key, "Check " + what + ": write it in figures, like 17."));
            return null;
        }
    }

    /** A problem the phone finds itself, on the field to fix. */
    public void problem(String key, String message) {
        problems.add(new Problem(key, message));
    }

    /** What could not be read, then the core check's problems, each kept in form order. */
    public Reading reading(String json, List<String> checked) {
        List<Problem> all = new ArrayList<>(problems);
        checked.forEach(message -> all.add(new Problem(null, message)));
        return new Reading(json, all);
    }

    /** Fills the date and time fields under {@code key} ({@code key.date}, {@code key.time}) with now. */
    public static void startNow(FormState state, String key, Clock clock) {
        state.put(key + ".date", dateText(LocalDate.now(clock)));
        state.put(key + ".time", timeText(LocalTime.now(clock)));
    }

    public static String dateText(LocalDate date) {
        return SHOWN_DATE.format(date);
    }

    public static String timeText(LocalTime time) {
        return SHOWN_TIME.format(time);
    }
}
