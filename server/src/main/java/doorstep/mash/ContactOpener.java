package doorstep.mash;

import doorstep.capture.incident.IncidentRecorded;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Opens a contact for every recorded incident with a child, in the incident's own transaction. */
@Singleton
class ContactOpener {

    private static final Logger LOG = LoggerFactory.getLogger(ContactOpener.class);

    private final ContactRepository contacts;
    private final RagRules rules;
    private final DeadlinePolicy deadlines;

    ContactOpener(ContactRepository contacts, RagRules rules, DeadlinePolicy deadlines) {
        this.contacts = contacts;
        this.rules = rules;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(IncidentRecorded incident) {
        if (incident.childCount() == 0) {
            return;
        }
        RagAssessment assessment = rules.assess(incident);
        Contact contact = contacts.save(new Contact(UUID.randomUUID(), incident.tenantId(), incident.incidentId(),
                incident.submissionId(), incident.referrerUid(), incident.referrerAgency(), assessment.rating(),
                String.join(Contact.REASON_SEPARATOR, assessment.reasons()), ContactState.QUEUED,
                incident.recordedAt(), deadlines.dueAt(incident.tenantId(), assessment.rating(), incident.recordedAt()),
                incident.childCount(), null, null, null, null, null, null, 0));
        LOG.info("Contact {} opened for incident {}: {} due {}", contact.id(), incident.incidentId(),
                contact.rag(), contact.dueAt());
    }
}
