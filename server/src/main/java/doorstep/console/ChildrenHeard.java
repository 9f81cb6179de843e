package doorstep.console;

import doorstep.api.model.ChildPresence;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.ContactDetail;
import doorstep.api.model.PersonName;
import doorstep.console.internal.ChildHeard;
import doorstep.console.internal.SummaryRow;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Each child's voice, whichever kind of capture holds it: the first thing a contact's page shows. */
final class ChildrenHeard {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ChildrenHeard() {
    }

    static List<ChildHeard> of(ContactDetail detail, LocalDate today) {
        List<ChildHeard> heard = new ArrayList<>();
        ContactPages.listed(detail.getChildren()).forEach(child -> {
            List<SummaryRow> rows = new ArrayList<>();
            if (child.getPresence() == ChildPresence.NORMALLY_RESIDENT_NOT_PRESENT) {
                rows.add(TextRows.row("At the incident", "No: lives there but was not present"));
            }
            if (child.getInjured() != null) {
                rows.add(TextRows.row("Injured", child.getInjured() ? "Yes" : "No"));
            }
            heard.add(child(child.getName(), child.getDateOfBirth(), today, child.getVoice(), null, rows));
        });
        if (detail.getVisit() != null) {
            detail.getVisit().getChildren().forEach(child -> heard.add(child(child.getName(), child.getDateOfBirth(),
                    today, child.getVoice(), child.getSeenAlone(), new ArrayList<>())));
        }
        if (detail.getReturnInterview() != null) {
            var task = detail.getReturnInterview().getTask();
            heard.add(child(task.getChild(), task.getChildDateOfBirth(), today,
                    detail.getReturnInterview().getInterview().getVoice(), null, new ArrayList<>()));
        }
        return heard;
    }

    private static ChildHeard child(PersonName name, @Nullable LocalDate born, LocalDate today, ChildVoice voice,
                                    @Nullable Boolean seenAlone, List<SummaryRow> rows) {
        rows.add(TextRows.row("Seen", yesNo(voice.getSeen())));
        if (seenAlone != null) {
            rows.add(TextRows.row("Seen alone", yesNo(seenAlone)));
        }
        rows.add(TextRows.row("Spoken to", spokenTo(voice)));
        if (Boolean.TRUE.equals(voice.getSpokenTo()) && voice.getOwnWords() == null) {
            rows.add(TextRows.row("Their own words", "Not recorded"));
        }
        rows.add(TextRows.row("Demeanour", orNotRecorded(voice.getDemeanour())));
        rows.add(TextRows.row("Wishes and feelings", orNotRecorded(voice.getWishesAndFeelings())));
        rows.add(TextRows.row("Feels safe with", orNotRecorded(voice.getFeelsSafeWith())));
        return new ChildHeard(name.getGivenName() + " " + name.getFamilyName(), age(born, today), rows,
                voice.getOwnWords());
    }

    private static String spokenTo(ChildVoice voice) {
        if (!Boolean.TRUE.equals(voice.getSpokenTo())) {
            return voice.getNotSpokenToReason() == null ? "No (no reason recorded)" : "No: " + voice.getNotSpokenToReason();
        }
        if (voice.getSpokenToAlone() == null) {
            return "Yes";
        }
        return voice.getSpokenToAlone() ? "Yes, alone" : "Yes, not alone";
    }

    /** "6 years old (born 3 March 2020)"; months under two, weeks under two months. */
    static String age(@Nullable LocalDate born, LocalDate today) {
        if (born == null) {
            return "Age not known";
        }
        Period age = Period.between(born, today);
        String words;
        if (age.getYears() >= 2) {
            words = age.getYears() + " years old";
        } else if (age.toTotalMonths() >= 2) {
            words = age.toTotalMonths() + " months old";
        } else {
            long weeks = java.time.temporal.ChronoUnit.WEEKS.between(born, today);
            words = weeks == 1 ? "1 week old" : weeks + " weeks old";
        }
        return words + " (born " + DATE.format(born) + ")";
    }

    private static String yesNo(@Nullable Boolean answer) {
        return answer == null ? "Not recorded" : answer ? "Yes" : "No";
    }

    static String orNotRecorded(@Nullable String text) {
        return text == null || text.isBlank() ? "Not recorded" : text;
    }
}
