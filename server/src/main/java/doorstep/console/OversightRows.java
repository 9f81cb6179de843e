package doorstep.console;

import doorstep.api.model.BacklogAgeBand;
import doorstep.api.model.LateReturnHomeInterview;
import doorstep.api.model.OverdueAction;
import doorstep.api.model.OverseenContact;
import doorstep.api.model.Oversight;
import doorstep.api.model.ReturnHomeTaskState;
import doorstep.console.internal.CountRow;
import doorstep.console.internal.LateInterviewRow;
import doorstep.console.internal.OverdueActionRow;
import doorstep.console.internal.OverseenRow;
import doorstep.console.internal.OversightPage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The API's oversight (ids, codes and times) put into the words a manager reads; it names no child, so neither does this. */
final class OversightRows {

    private final Instant now;
    private final UnaryOperator<String> who;

    /** @param who what to call the holder of a uid (null for nobody) */
    OversightRows(Instant now, UnaryOperator<String> who) {
        this.now = now;
        this.who = who;
    }

    OversightPage page(Oversight oversight) {
        Instant oldest = oversight.getBacklog().getOldestUndecidedReceivedAt() == null ? null
                : oversight.getBacklog().getOldestUndecidedReceivedAt().toInstant();
        return new OversightPage(LondonTime.at(oversight.getAsOf().toInstant()),
                oversight.getBreaches().stream().map(this::contact).toList(),
                oversight.getNearBreaches().stream().map(this::contact).toList(),
                oversight.getOverdueActions().stream().map(this::action).toList(),
                oversight.getLateReturnHomeInterviews().stream().map(this::interview).toList(),
                oversight.getBacklog().getUndecided(), oldest == null ? null : LondonTime.at(oldest),
                oversight.getBacklog().getByAge().stream().map(OversightRows::band).toList(),
                oversight.getBacklog().getByAgency().stream()
                        .map(agency -> new CountRow(PlainWords.agency(agency.getAgency()), agency.getCount()))
                        .toList());
    }

    private OverseenRow contact(OverseenContact contact) {
        return new OverseenRow(contact.getContactId().toString(), reference(contact.getContactId()),
                PlainWords.rag(contact.getRag()), PlainWords.ragTag(contact.getRag()), PlainWords.kind(contact.getKind()), PlainWords.agency(contact.getReferrerAgency()),
                LondonTime.at(contact.getReceivedAt().toInstant()), LondonTime.at(contact.getDueAt().toInstant()),
                TimeLeft.until(contact.getDueAt().toInstant(), now), who(contact.getClaimedBy()));
    }

    private OverdueActionRow action(OverdueAction action) {
        long days = ChronoUnit.DAYS.between(action.getDueOn(), LondonTime.today(now));
        String owner = action.getOwnerUid() != null ? who(action.getOwnerUid())
                : action.getOwnerAgency() != null ? PlainWords.agency(action.getOwnerAgency()) : "Nobody named";
        return new OverdueActionRow(action.getContactId().toString(), reference(action.getContactId()),
                LondonTime.on(action.getDueOn()), days <= 0 ? "due today" : "overdue by " + days + (days == 1 ? " day" : " days"),
                owner, action.getFlaggedAt() == null ? "Not yet" : LondonTime.at(action.getFlaggedAt().toInstant()));
    }

    private LateInterviewRow interview(LateReturnHomeInterview interview) {
        return new LateInterviewRow(reference(interview.getTaskId()),
                interview.getState() == ReturnHomeTaskState.CLAIMED ? "Taken by an interviewer" : "Nobody has taken it",
                LondonTime.at(interview.getDueAt().toInstant()), TimeLeft.until(interview.getDueAt().toInstant(), now));
    }

    private static CountRow band(BacklogAgeBand band) {
        String words = band.getBand().getValue().replace('-', ' ');
        return new CountRow(Character.toUpperCase(words.charAt(0)) + words.substring(1), band.getCount());
    }

    private String who(String uid) {
        return who.apply(uid);
    }

    /** The start of an id: enough to tell rows apart and to quote on the phone, and no personal data. */
    static String reference(UUID id) {
        return id.toString().substring(0, 8);
    }
}
