package doorstep.mash;

import doorstep.capture.CaptureReferred;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Opens a contact for every capture its kind refers to the MASH, in the capture's own transaction,
 * rated by the tenant's {@link PriorityRules} over what the capture reported and what the MASH knows
 * of its children, with the deadline for that rating. The contact keeps the children's mentions it
 * was opened for: a kind's capture need not mention the child itself (a return home interview's
 * child is the return notice's), and the child's later contacts must still find it.
 */
@Singleton
class ContactOpener {

    private static final Logger LOG = LoggerFactory.getLogger(ContactOpener.class);

    private final ContactRepository contacts;
    private final ContactRatingRepository ratings;
    private final DeadlinePolicy deadlines;
    private final PriorityRules rules;
    private final ChildrenAtLanding children;

    ContactOpener(ContactRepository contacts, ContactRatingRepository ratings, DeadlinePolicy deadlines,
                  PriorityRules rules, ChildrenAtLanding children) {
        this.contacts = contacts;
        this.ratings = ratings;
        this.deadlines = deadlines;
        this.rules = rules;
        this.children = children;
    }

    @EventListener
    void on(CaptureReferred referral) {
        String tenantId = referral.tenantId();
        List<UUID> people = children.peopleOf(tenantId, referral.childMentionIds());
        Rating rating = rules.rate(tenantId, referral.signals(),
                children.linkedRisks(tenantId, people, referral.recordedAt()),
                children.repeatCount(tenantId, referral.captureId(), people, referral.recordedAt()));
        Contact contact = contacts.save(new Contact(UUID.randomUUID(), tenantId, referral.captureId(), referral.kind(),
                referral.submissionId(), referral.referrerUid(), referral.referrerAgency(), rating.rag(),
                rating.reasonTexts(), ContactState.QUEUED,
                referral.recordedAt(), deadlines.dueAt(tenantId, rating.rag(), referral.recordedAt()),
                referral.childCount(), null, null, null, null, null, null, 0));
        referral.childMentionIds().stream().distinct()
                .forEach(child -> contacts.openedFor(contact.id(), tenantId, child));
        ratings.save(new ContactRating(contact.id(), tenantId, ContactRating.RatedBy.RULES, rating.ruleNames(),
                rating.repeatCount()));
        LOG.info("Contact {} opened for capture {}: {} due {} (contact {} in 12 months)", contact.id(),
                referral.captureId(), contact.rag(), contact.dueAt(), rating.repeatCount());
    }
}
