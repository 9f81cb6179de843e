package doorstep.console;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.EarlyHelpVisit;
import doorstep.api.model.IncidentOverview;
import doorstep.api.model.PersonName;
import doorstep.api.model.Place;
import doorstep.api.model.ReturnInterviewDetail;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.console.internal.SummaryRow;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static doorstep.console.ChildrenHeard.orNotRecorded;

/** What happened, in the words of whichever kind of capture the contact came from. */
final class WhatHappened {

    record Section(String title, List<SummaryRow> rows) {
    }

    private WhatHappened() {
    }

    static Section of(ContactDetail detail) {
        if (detail.getIncident() != null) {
            return incident(detail);
        }
        if (detail.getVisit() != null) {
            return visit(detail.getVisit());
        }
        if (detail.getReturnInterview() != null) {
            return interview(detail.getReturnInterview());
        }
        return new Section("What happened", List.of());
    }

    private static Section incident(ContactDetail detail) {
        IncidentOverview incident = detail.getIncident();
        var risk = incident.getRisk();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(TextRows.row("When", PlainWords.when(incident.getOccurredAt())));
        rows.add(TextRows.row("Where", place(incident.getPlace())));
        rows.add(TextRows.row("What was reported", incident.getNarrative()));
        rows.add(TextRows.row("DASH risk", PlainWords.sentence(risk.getLevel().getValue()) + " risk: "
                + risk.getYesCount() + " questions answered yes"
                + (Boolean.TRUE.equals(risk.getProfessionalJudgement()) ? ", high on professional judgement" : "")));
        rows.add(TextRows.row("Adults there", lines(ContactPages.listed(detail.getAdults()).stream().map(adult -> name(adult.getName())
                + ": " + adult.getRole().getValue()
                + (adult.getRelationshipToChildren() == null ? "" : ", " + adult.getRelationshipToChildren())))));
        return new Section("The incident", rows);
    }

    private static Section visit(EarlyHelpVisit visit) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(TextRows.row("When", PlainWords.when(visit.getVisitedAt())));
        rows.add(TextRows.row("Where", place(visit.getPlace())));
        rows.add(TextRows.row("Adults in the family", lines(visit.getAdults().stream().map(adult -> name(adult.getName())
                + ": " + PlainWords.sentence(adult.getRole().getValue()).toLowerCase(java.util.Locale.ROOT)
                + (Boolean.TRUE.equals(adult.getPresent()) ? ", at the visit" : "")))));
        rows.add(TextRows.row("What is working well", visit.getAnalysis().getWorkingWell()));
        rows.add(TextRows.row("What we are worried about", visit.getAnalysis().getWorriedAbout()));
        rows.add(TextRows.row("What needs to happen", visit.getAnalysis().getNeedsToHappen()));
        rows.add(TextRows.row("Next actions", lines(visit.getNextActions().stream().map(action -> action.getAction()
                + " (" + action.getOwner() + (action.getDueOn() == null ? "" : ", by "
                + ChildrenHeard.DATE.format(action.getDueOn())) + ")"))));
        rows.add(TextRows.row("Why it was escalated", orNotRecorded(visit.getEscalation().getReason())));
        if (Boolean.TRUE.equals(visit.getEscalation().getImmediateRisk())) {
            rows.add(TextRows.row("Immediate risk", "Yes: the worker names an immediate risk to a child"));
        }
        return new Section("The visit", rows);
    }

    private static Section interview(ReturnInterviewDetail detail) {
        var interview = detail.getInterview();
        var task = detail.getTask();
        long signs = interview.getExploitation().getAnswers().stream()
                .filter(answer -> answer.getAnswer() == RiskAnswerAnswer.YES).count();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(TextRows.row("Missing", "From " + PlainWords.when(task.getMissingFrom()) + " to "
                + PlainWords.when(task.getReturnedAt())));
        rows.add(TextRows.row("Interviewed", PlainWords.when(interview.getInterviewedAt()) + " by " + interview.getOfferedBy()));
        if (interview.getLateReason() != null) {
            rows.add(TextRows.row("Why the interview was late", interview.getLateReason()));
        }
        rows.add(TextRows.row("Where they were", interview.getWhereabouts()));
        rows.add(TextRows.row("Who they were with", lines(interview.getPeopleWith().stream().map(person ->
                name(person.getName()) + ": " + PlainWords.sentence(person.getRelationship().getValue())
                        .toLowerCase(java.util.Locale.ROOT)))));
        rows.add(TextRows.row("What pushed them away", lines(interview.getPushFactors().stream()
                .map(factor -> PlainWords.sentence(factor.getValue())))));
        rows.add(TextRows.row("What drew them away", lines(interview.getPullFactors().stream()
                .map(factor -> PlainWords.sentence(factor.getValue())))));
        rows.add(TextRows.row("Signs of exploitation", signs + " answered yes"
                + (Boolean.TRUE.equals(interview.getExploitation().getInterviewerJudgementHigh())
                ? ", high on the interviewer's judgement" : "")));
        rows.add(TextRows.row("Why it was referred", orNotRecorded(interview.getReferral().getReason())));
        return new Section("The interview", rows);
    }

    static String name(PersonName name) {
        return name.getGivenName() + " " + name.getFamilyName();
    }

    private static String place(@Nullable Place place) {
        if (place == null) {
            return "Not recorded";
        }
        String where = Stream.of(place.getAddressLine(), place.getTown(), place.getPostcode(), place.getDescription())
                .filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
        return where.isEmpty() ? "Not recorded" : where;
    }

    /** One line each, or "None recorded": the summary list shows each line as its own paragraph. */
    private static String lines(Stream<String> items) {
        String joined = items.collect(Collectors.joining("\n"));
        return joined.isEmpty() ? "None recorded" : joined;
    }
}
