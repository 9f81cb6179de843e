package doorstep.capture.returnhome;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.ExploitationSigns;
import doorstep.api.model.ReturnHomeInterview;
import doorstep.api.model.ReturnInterviewDetail;
import doorstep.api.model.ReturnedChild;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.capture.CaptureForTriage;
import doorstep.capture.CaptureKind;
import doorstep.capture.CaptureReferred;
import doorstep.capture.CheckedCapture;
import doorstep.capture.InvalidCapture;
import doorstep.capture.Recorder;
import doorstep.capture.UnknownDefinition;
import doorstep.capture.UnknownReference;
import doorstep.crypto.FieldCipher;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The return home interview as a kind of capture: checked against the task it names and the
 * exploitation checklist it was made with, stored sealed whole, its people filed and linked to the
 * child, its task closed ({@link ReturnInterviewRecorded}) and, when referred, a contact for the MASH.
 */
@Singleton
class ReturnInterviewKind implements CaptureKind {

    static final String NAME = "return-home-interview";

    private final InterviewValidator validator;
    private final InterviewRepository interviews;
    private final EpisodeRepository episodes;
    private final ExploitationChecklist checklists;
    private final InterviewPeople people;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<ReturnInterviewRecorded> interviewEvents;
    private final ApplicationEventPublisher<CaptureReferred> referrals;
    private final Provider<ReturnTaskViews> tasks;
    private final Clock clock;

    ReturnInterviewKind(InterviewValidator validator, InterviewRepository interviews, EpisodeRepository episodes,
                        ExploitationChecklist checklists, InterviewPeople people, FieldCipher cipher, JsonMapper json,
                        AuditTrail audit, ApplicationEventPublisher<ReturnInterviewRecorded> interviewEvents,
                        ApplicationEventPublisher<CaptureReferred> referrals, Provider<ReturnTaskViews> tasks,
                        Clock clock) {
        this.validator = validator;
        this.interviews = interviews;
        this.episodes = episodes;
        this.checklists = checklists;
        this.people = people;
        this.cipher = cipher;
        this.json = json;
        this.audit = audit;
        this.interviewEvents = interviewEvents;
        this.referrals = referrals;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String schemaName() {
        return InterviewValidator.SCHEMA;
    }

    /** Without the sender's tenant the task cannot be checked; recording then refuses an unknown task loudly. */
    @Override
    public CheckedCapture read(byte[] plaintext) throws UnknownDefinition, InvalidCapture {
        ReturnHomeInterview interview = validator.read(plaintext);
        return (recorder, submissionId) -> record(recorder, submissionId, interview,
                episodes.findByIdAndTenantId(interview.getTaskId(), recorder.tenantId()).orElseThrow());
    }

    @Override
    public CheckedCapture read(String tenantId, byte[] plaintext)
            throws UnknownDefinition, InvalidCapture, UnknownReference {
        ReturnHomeInterview interview = validator.read(plaintext);
        EpisodeRow episode = validator.episodeOf(tenantId, interview);
        return (recorder, submissionId) -> record(recorder, submissionId, interview, episode);
    }

    @Override
    public Optional<CaptureForTriage> forTriage(String tenantId, UUID captureId) {
        return interviews.findByIdAndTenantId(captureId, tenantId).map(row -> {
            ReturnHomeInterview interview = fromJson(cipher.open(row.interviewCt(), row.id().toString(), "interview"),
                    ReturnHomeInterview.class);
            UUID childMention = episodes.findByIdAndTenantId(row.episodeId(), tenantId).orElseThrow().childMentionId();
            var task = tasks.get().task(tenantId, row.episodeId()).orElseThrow();
            return new CaptureForTriage() {
                @Override
                public List<UUID> childMentionIds() {
                    return List.of(childMention);
                }

                @Override
                public void describe(ContactDetail detail) {
                    detail.returnInterview(new ReturnInterviewDetail(interview, task));
                }
            };
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void record(Recorder recorder, UUID interviewId, ReturnHomeInterview interview, EpisodeRow episode) {
        Instant now = clock.instant();
        String id = interviewId.toString();
        ExploitationSigns signs = interview.getExploitation();
        long yesCount = InterviewValidator.yesCount(signs);
        boolean referred = interview.getReferral().getRefer();
        interviews.save(new InterviewRow(interviewId, recorder.tenantId(), episode.id(), recorder.uid(),
                recorder.agency(), recorder.deviceId(), interview.getInterviewedAt().toInstant(),
                cipher.seal(toJson(interview), id, "interview"), signs.getChecklistId(), signs.getChecklistVersion(),
                (int) yesCount, signs.getInterviewerJudgementHigh(), referred, now));
        people.resolve(recorder.tenantId(), interviewId, interview, episode.childMentionId());
        audit.record(new Actor(recorder.tenantId(), recorder.uid(), recorder.agency()), AuditAction.CAPTURE_RECORDED,
                new AuditedRecord("return_interview", id),
                "field capture submitted from device " + recorder.deviceId());
        interviewEvents.publishEvent(new ReturnInterviewRecorded(recorder.tenantId(), episode.id(), interviewId, now));
        int redAt = checklists.find(signs.getChecklistId(), signs.getChecklistVersion()).orElseThrow().referRedAt();
        LocalDate childBorn = referred ? fromJson(cipher.open(episode.childCt(), episode.id().toString(), "child"),
                ReturnedChild.class).getDateOfBirth() : null;
        InterviewContactRule.referralFor(recorder, interviewId, now, episode.childMentionId(),
                new InterviewContactRule.Findings(referred, yesCount, redAt, signs.getInterviewerJudgementHigh(),
                        childBorn, interview.getInterviewedAt().toLocalDate()))
                .ifPresent(referrals::publishEvent);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise a capture part", e);
        }
    }

    private <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, io.micronaut.core.type.Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored capture part could not be read back", e);
        }
    }
}
