package doorstep.capture.incident;

import doorstep.api.model.Adult;
import doorstep.api.model.Child;
import doorstep.api.model.DomesticAbuseIncident;
import doorstep.api.model.RiskAnswerAnswer;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.api.model.ContactDetail;
import doorstep.capture.CaptureForTriage;
import doorstep.capture.CaptureKind;
import doorstep.capture.CaptureReferred;
import doorstep.capture.CheckedCapture;
import doorstep.capture.InvalidCapture;
import doorstep.capture.Recorder;
import doorstep.capture.UnknownDefinition;
import doorstep.crypto.BlindIndex;
import doorstep.crypto.FieldCipher;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The domestic abuse incident as a kind of capture: checks it against the DASH checklist it names,
 * stores it encrypted, files its people and then refers it to the MASH with the facts its
 * {@link IncidentContactRule} reports.
 */
@Singleton
class IncidentKind implements CaptureKind {

    static final String NAME = "domestic-abuse-incident";

    private final IncidentValidator validator;
    private final IncidentRepository incidents;
    private final PersonRepository people;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final RiskChecklists checklists;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher<CaptureReferred> events;
    private final IncidentPeople mentions;
    private final IncidentReader reader;
    private final Clock clock;

    IncidentKind(IncidentValidator validator, IncidentRepository incidents, PersonRepository people,
                 FieldCipher cipher, BlindIndex blindIndex, RiskChecklists checklists, AuditTrail audit,
                 JsonMapper json, ApplicationEventPublisher<CaptureReferred> events, IncidentPeople mentions,
                 IncidentReader reader, Clock clock) {
        this.validator = validator;
        this.incidents = incidents;
        this.people = people;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.checklists = checklists;
        this.audit = audit;
        this.json = json;
        this.events = events;
        this.mentions = mentions;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String schemaName() {
        return IncidentValidator.SCHEMA;
    }

    @Override
    public Optional<CaptureForTriage> forTriage(String tenantId, UUID captureId) {
        return reader.read(tenantId, captureId).map(incident -> new CaptureForTriage() {
            @Override
            public List<UUID> childMentionIds() {
                return incident.childMentionIds();
            }

            @Override
            public void describe(ContactDetail detail) {
                detail.children(incident.children()).incident(incident.overview()).adults(incident.adults());
            }
        });
    }

    @Override
    public CheckedCapture read(byte[] plaintext) throws UnknownDefinition, InvalidCapture {
        DomesticAbuseIncident incident = validator.read(plaintext);
        return (recorder, submissionId) -> {
            RecordedIncident recorded = record(recorder, submissionId, incident);
            mentions.resolve(recorder.tenantId(), recorder.uid(), submissionId, incident,
                    recorded.adultMentionIds(), recorded.childMentionIds());
            IncidentContactRule.referralFor(recorded.facts(), recorded.childMentionIds()).ifPresent(events::publishEvent);
        };
    }

    /** Stores a checked incident under the submission's id, in the caller's transaction; the caller refers it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    RecordedIncident record(Recorder recorder, UUID submissionId, DomesticAbuseIncident incident) {
        Instant now = clock.instant();
        String id = submissionId.toString();
        int yesCount = (int) incident.getRisk().getAnswers().stream()
                .filter(a -> a.getAnswer() == RiskAnswerAnswer.YES).count();
        boolean judgement = incident.getRisk().getProfessionalJudgementHigh();
        RiskChecklistDefinition checklist = checklists.find(incident.getRisk().getChecklistId(),
                incident.getRisk().getChecklistVersion()).orElseThrow();
        RiskLevel level = checklist.levelFor(yesCount, judgement);
        incidents.save(new IncidentRow(submissionId, recorder.tenantId(), recorder.uid(), recorder.agency(),
                recorder.deviceId(), incident.getOccurredAt().toInstant(),
                cipher.seal(toJson(incident.getPlace()), id, "place"),
                cipher.seal(incident.getNarrative(), id, "narrative"),
                incident.getRisk().getChecklistId(), incident.getRisk().getChecklistVersion(), yesCount,
                level.name(), judgement, now));
        int position = 0;
        List<UUID> adultRows = new ArrayList<>();
        for (Adult adult : incident.getAdults()) {
            adultRows.add(people.save(adultRow(recorder, submissionId, position++, adult)).id());
        }
        LocalDate occurredOn = incident.getOccurredAt().toLocalDate();
        LocalDate youngestBorn = null;
        List<UUID> childRows = new ArrayList<>();
        for (Child child : incident.getChildren()) {
            childRows.add(people.save(childRow(recorder, submissionId, position++, child, occurredOn)).id());
            if (child.getDateOfBirth() != null
                    && (youngestBorn == null || child.getDateOfBirth().isAfter(youngestBorn))) {
                youngestBorn = child.getDateOfBirth();
            }
        }
        boolean injured = incident.getChildren().stream().anyMatch(child -> Boolean.TRUE.equals(child.getInjured()));
        audit.record(new Actor(recorder.tenantId(), recorder.uid(), recorder.agency()), AuditAction.CAPTURE_RECORDED,
                new AuditedRecord("da_incident", id),
                "field capture submitted from device " + recorder.deviceId());
        IncidentRecorded recorded = new IncidentRecorded(submissionId, submissionId, recorder.tenantId(),
                recorder.uid(), recorder.agency(), now, incident.getChildren().size(),
                checklist.levelFor(yesCount, false), judgement, youngestBorn, occurredOn, injured);
        return new RecordedIncident(recorded, adultRows, childRows);
    }

    private PersonRow adultRow(Recorder recorder, UUID incidentId, int position, Adult adult) {
        UUID rowId = UUID.randomUUID();
        String id = rowId.toString();
        return new PersonRow(rowId, incidentId, recorder.tenantId(), adult.getMentionId(), position, "adult",
                adult.getRole().getValue(), cipher.seal(toJson(adult.getName()), id, "name"),
                blindIndex.of(PersonNames.INDEX_DOMAIN, PersonNames.normalised(adult.getName())),
                cipher.seal(Objects.toString(adult.getDateOfBirth(), null), id, "dob"), null, null, null, null,
                cipher.seal(adult.getRelationshipToChildren(), id, "details"));
    }

    private PersonRow childRow(Recorder recorder, UUID incidentId, int position, Child child, LocalDate occurredOn) {
        UUID rowId = UUID.randomUUID();
        String id = rowId.toString();
        Integer age = child.getDateOfBirth() == null ? null
                : Period.between(child.getDateOfBirth(), occurredOn).getYears();
        return new PersonRow(rowId, incidentId, recorder.tenantId(), child.getMentionId(), position, "child",
                child.getPresence().getValue(), cipher.seal(toJson(child.getName()), id, "name"),
                blindIndex.of(PersonNames.INDEX_DOMAIN, PersonNames.normalised(child.getName())),
                cipher.seal(Objects.toString(child.getDateOfBirth(), null), id, "dob"), age,
                child.getVoice().getSeen(), child.getVoice().getSpokenTo(), child.getVoice().getSpokenToAlone(),
                cipher.seal(toJson(child), id, "details"));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise a capture part", e);
        }
    }
}
