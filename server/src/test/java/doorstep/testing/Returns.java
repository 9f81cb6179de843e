package doorstep.testing;

import doorstep.api.model.ChildReturned;
import doorstep.api.model.ChildVoice;
import doorstep.api.model.DeviceEnrolment;
import doorstep.api.model.ExploitationSigns;
import doorstep.api.model.InterviewReferral;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonWithChild;
import doorstep.api.model.PersonWithChildRelationship;
import doorstep.api.model.Place;
import doorstep.api.model.PullFactor;
import doorstep.api.model.PushFactor;
import doorstep.api.model.ReturnHomeInterview;
import doorstep.api.model.ReturnedChild;
import doorstep.api.model.RiskAnswer;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.api.model.Submission;
import doorstep.api.model.SubmissionBatch;
import doorstep.api.model.SubmissionResult;
import doorstep.api.model.SubmissionResults;
import io.micronaut.http.HttpRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Child-returned notices and return home interviews for tests, and sending them as a device would. */
public final class Returns {

    public static final String CHILD_RETURNED = "child-returned";
    public static final String INTERVIEW = "return-home-interview";
    public static final String CHILD_WORDS = "I stayed at a flat with some older lads who gave me a phone";

    private Returns() {
    }

    /** A child who went missing a day before the return, found by police in a park. */
    public static ChildReturned childReturned(String childGivenName, OffsetDateTime returnedAt) {
        return new ChildReturned(1, new ReturnedChild(UUID.randomUUID(), new PersonName(childGivenName, "Jones"))
                .dateOfBirth(LocalDate.now().minusYears(14)),
                returnedAt.minusDays(1), returnedAt,
                new Place().addressLine("Elmdon Park").town("Solihull").postcode("B92 9EL"),
                "PC Patel, West Midlands Police").policeReference("WMP-2026-1234").kind(CHILD_RETURNED);
    }

    public static ChildReturned childReturned() {
        return childReturned("Kayla", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
    }

    /**
     * An interview an hour after now-ish about the task, the child spoken to alone, with one person
     * posing a risk and a friend, and {@code signs} exploitation signs answered yes; referred when any are.
     */
    public static ReturnHomeInterview interview(UUID taskId, OffsetDateTime interviewedAt, int signs) {
        List<RiskAnswer> answers = new ArrayList<>();
        IntStream.rangeClosed(1, 15).forEach(q -> answers.add(new RiskAnswer("cse-q" + q,
                q <= signs ? RiskAnswerAnswer.YES : RiskAnswerAnswer.NO)));
        List<PersonWithChild> with = new ArrayList<>(List.of(
                new PersonWithChild(UUID.randomUUID(), new PersonName("Dean", "Carver"),
                        PersonWithChildRelationship.PERSON_POSING_RISK).approximateAge(24)
                        .description("Drives a black car, picks her up from school"),
                new PersonWithChild(UUID.randomUUID(), new PersonName("Mia", "Lowe"), PersonWithChildRelationship.FRIEND)));
        Set<PushFactor> push = new LinkedHashSet<>(List.of(PushFactor.CONFLICT_AT_HOME));
        Set<PullFactor> pull = new LinkedHashSet<>(List.of(PullFactor.OLDER_ASSOCIATES, PullFactor.MONEY_OR_GIFTS));
        InterviewReferral referral = new InterviewReferral(signs > 0)
                .reason(signs > 0 ? "Older man giving her gifts and lifts" : null);
        return new ReturnHomeInterview(1, taskId, interviewedAt, "Sam Reed, Return Home Service",
                "A flat above the shops on the Parade", with, push, pull,
                new ExploitationSigns("exploitation-signs", "2026.1", answers, false),
                new ChildVoice(true, true).spokenToAlone(true).ownWords(CHILD_WORDS)
                        .wishesAndFeelings("Wants to stay at home").feelsSafeWith("Her aunt"),
                referral).factorsNotes("Arguments with mum's partner").kind(INTERVIEW);
    }

    public static ReturnHomeInterview interview(UUID taskId, int signs) {
        return interview(taskId, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), signs);
    }

    /** Seals the capture as the phone does, pushes it as the given kind, and returns its result. */
    public static SubmissionResult send(Api api, EmulatorUsers.SignedIn user, DeviceEnrolment device, String kind,
                                        Object capture, UUID submissionId) {
        Submission item = new Submission(submissionId, kind, OffsetDateTime.now(ZoneOffset.UTC),
                Captures.seal(Captures.json(capture), device.getIntakeKey().getPublicKeyset(), submissionId,
                        device.getDeviceId()));
        return api.call(HttpRequest.POST("/v1/submissions", new SubmissionBatch(device.getDeviceId(), List.of(item))),
                user, SubmissionResults.class).getResults().get(0);
    }
}
