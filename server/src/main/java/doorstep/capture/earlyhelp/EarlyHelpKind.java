package doorstep.capture.earlyhelp;

import doorstep.api.model.ContactDetail;
import doorstep.api.model.EarlyHelpVisit;
import doorstep.capture.CaptureForTriage;
import doorstep.capture.CaptureKind;
import doorstep.capture.CaptureReferred;
import doorstep.capture.CheckedCapture;
import doorstep.capture.InvalidCapture;
import doorstep.capture.UnknownDefinition;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The early help visit as a kind of capture: checks it against the form version it names, stores
 * it encrypted, files its family with people and, when the worker escalates, refers it to the MASH
 * as its {@link EarlyHelpContactRule} says.
 */
@Singleton
class EarlyHelpKind implements CaptureKind {

    static final String NAME = "early-help-visit";

    private final VisitValidator validator;
    private final VisitStore store;
    private final VisitPeople people;
    private final VisitReader reader;
    private final ApplicationEventPublisher<CaptureReferred> events;

    EarlyHelpKind(VisitValidator validator, VisitStore store, VisitPeople people, VisitReader reader,
                  ApplicationEventPublisher<CaptureReferred> events) {
        this.validator = validator;
        this.store = store;
        this.people = people;
        this.reader = reader;
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String schemaName() {
        return VisitValidator.SCHEMA;
    }

    @Override
    public CheckedCapture read(byte[] plaintext) throws UnknownDefinition, InvalidCapture {
        EarlyHelpVisit visit = validator.read(plaintext);
        return (recorder, submissionId) -> {
            VisitRecorded recorded = store.store(recorder, submissionId, visit);
            people.file(recorder.tenantId(), visit, recorded);
            EarlyHelpContactRule.referralFor(recorded).ifPresent(events::publishEvent);
        };
    }

    @Override
    public Optional<CaptureForTriage> forTriage(String tenantId, UUID captureId) {
        return reader.read(tenantId, captureId).map(view -> new CaptureForTriage() {
            @Override
            public List<UUID> childMentionIds() {
                return view.childMentionIds();
            }

            @Override
            public void describe(ContactDetail detail) {
                detail.visit(view.visit());
            }
        });
    }
}
