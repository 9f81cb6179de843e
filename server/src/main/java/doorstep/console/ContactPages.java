package doorstep.console;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ContactState;
import doorstep.api.model.ContactSummary;
import doorstep.api.model.Decision;
import doorstep.api.model.PersonIncident;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.RiskMarker;
import doorstep.console.internal.ContactPage;
import doorstep.console.internal.ChildNetwork;
import doorstep.console.internal.DecisionMade;
import doorstep.console.internal.EarlierContactRow;
import doorstep.console.internal.LinkedPerson;
import doorstep.console.internal.Notice;
import doorstep.console.internal.SummaryRow;
import doorstep.identity.Caller;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact as the console reads it: the API's contact detail put into words, in the page's order. */
@Singleton
class ContactPages {

    private final Clock clock;
    private final WorkHolders holders;

    ContactPages(Clock clock, WorkHolders holders) {
        this.clock = clock;
        this.holders = holders;
    }

    ContactPage of(ContactDetail detail, Caller reader, @Nullable Notice notice) {
        ContactSummary summary = detail.getSummary();
        boolean decided = summary.getState() == ContactState.DECIDED;
        String holder = summary.getClaimedBy();
        boolean heldByMe = reader.uid().equals(holder);
        WhatHappened.Section happened = WhatHappened.of(detail);
        Notice shown = notice != null && !notice.success() && holder != null && !heldByMe
                ? new Notice(false, notice.text() + " It is claimed by " + holders.who(reader, holder) + ".") : notice;
        return new ContactPage(summary.getContactId(), PlainWords.rag(summary.getRag()), PlainWords.ragTag(summary.getRag()),
                decided ? "Decided" : TimeLeft.until(summary.getDueAt().toInstant(), clock.instant()),
                PlainWords.kind(summary.getKind()), PlainWords.agency(summary.getReferrerAgency()),
                PlainWords.state(summary.getState()), holder == null ? null : holders.who(reader, holder),
                summary.getRagReasons() == null ? List.of() : summary.getRagReasons(), heldByMe,
                !decided && (holder == null || heldByMe), shown,
                ChildrenHeard.of(detail, LocalDate.now(clock.withZone(LondonTime.ZONE))), happened.title(), happened.rows(),
                listed(detail.getChildNetworks()).stream().map(network -> network(network, summary.getSubmissionId())).toList(),
                listed(detail.getEarlierContacts()).stream().map(earlier -> new EarlierContactRow(earlier.getContactId(),
                        PlainWords.kind(earlier.getKind()), PlainWords.when(earlier.getReceivedAt()),
                        PlainWords.rag(earlier.getRag()), PlainWords.ragTag(earlier.getRag()),
                        earlier.getOutcome() == null ? "not decided yet"
                                : "decided: " + PlainWords.outcome(earlier.getOutcome()))).toList(),
                detail.getContactsInLast12Months() == null ? 1 : detail.getContactsInLast12Months(),
                listed(detail.getRatingChanges()).stream().map(change -> TextRows.row(
                        PlainWords.rag(change.getFrom()) + " to " + PlainWords.rag(change.getTo()),
                        change.getReason() + "\nBy " + change.getChangedBy() + ", " + PlainWords.when(change.getChangedAt())))
                        .toList(),
                listed(detail.getDecisions()).stream().map(ContactPages::decision).toList());
    }

    /** A list the API leaves out when it has nothing in it. */
    static <T> List<T> listed(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    /** The captures that mention a person, leaving out the one this contact came from. */
    private static ChildNetwork network(PersonNetwork network, UUID thisCapture) {
        return new ChildNetwork(WhatHappened.name(network.getPerson().getName()), markers(network.getRiskMarkers()),
                network.getLinks().stream().map(link -> new LinkedPerson(WhatHappened.name(link.getPerson().getName()),
                        PlainWords.sentence(link.getRelationship().getValue()), markers(link.getRiskMarkers()),
                        incidents(link.getIncidents(), thisCapture))).toList());
    }

    private static List<String> markers(List<RiskMarker> markers) {
        return markers.stream().map(marker -> PlainWords.sentence(marker.getKind().getValue()) + " (" + marker.getSource()
                + ", recorded " + ChildrenHeard.DATE.format(marker.getRecordedOn())
                + (marker.getExpiresOn() == null ? "" : ", until " + ChildrenHeard.DATE.format(marker.getExpiresOn()))
                + ")" + (marker.getDetails() == null ? "" : ": " + marker.getDetails())).toList();
    }

    private static List<String> incidents(List<PersonIncident> incidents, UUID thisCapture) {
        return incidents.stream().filter(incident -> !incident.getIncidentId().equals(thisCapture))
                .map(incident -> PlainWords.kind(incident.getKind()) + ", " + PlainWords.when(incident.getOccurredAt())
                        + " (" + incident.getRole() + ")").toList();
    }

    private static DecisionMade decision(Decision decision) {
        return new DecisionMade(PlainWords.outcome(decision.getOutcome()), decision.getDecidedBy(),
                PlainWords.when(decision.getDecidedAt()), decision.getRationale(),
                decision.getActions().stream().map(action -> action.getWhat() + " (by "
                        + ChildrenHeard.DATE.format(action.getDueOn())
                        + (action.getOwnerUid() != null ? ", " + action.getOwnerUid()
                        : action.getOwnerAgency() != null ? ", " + PlainWords.agency(action.getOwnerAgency()) : "")
                        + (action.getCompletedAt() != null ? ", done" : "") + ")").toList());
    }
}
