package doorstep.people;

import doorstep.api.model.MatchEvidence;
import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewState;
import doorstep.api.model.MatchReviewSummary;
import doorstep.api.model.Merge;
import doorstep.api.model.PersonName;
import doorstep.api.model.PersonSummary;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.crypto.FieldCipher;
import doorstep.identity.Caller;
import doorstep.people.matching.PersonRecord;
import doorstep.problem.ProblemException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Possible matches decided by a person: "same person" merges the mention's new person into the
 * candidate, "different people" leaves both. Every step is audited and a merge can be undone exactly.
 * People known apart ({@link KnownApart}) are never merged: "same person" on them is refused.
 */
@Singleton
class ReviewTasks {

    private final MatchReviewRepository reviews;
    private final MergeRepository merges;
    private final PersonRepository persons;
    private final MentionRepository mentions;
    private final MentionRecords records;
    private final PersonNetworks networks;
    private final Survivors survivors;
    private final KnownApart knownApart;
    private final RefusedMerges refusedMerges;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    ReviewTasks(MatchReviewRepository reviews, MergeRepository merges, PersonRepository persons,
                 MentionRepository mentions, MentionRecords records, PersonNetworks networks, Survivors survivors,
                 KnownApart knownApart, RefusedMerges refusedMerges, FieldCipher cipher, AuditTrail audit,
                 JsonMapper json, Clock clock) {
        this.reviews = reviews;
        this.merges = merges;
        this.persons = persons;
        this.mentions = mentions;
        this.records = records;
        this.networks = networks;
        this.survivors = survivors;
        this.knownApart = knownApart;
        this.refusedMerges = refusedMerges;
        this.cipher = cipher;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    List<MatchReviewSummary> open(Caller caller, int limit) {
        return reviews.open(caller.tenantId(), limit).stream()
                .map(r -> new MatchReviewSummary(r.id(), r.weight(), r.createdAt().atOffset(ZoneOffset.UTC), stateOf(r)))
                .toList();
    }

    @Transactional
    MatchReview read(Caller caller, UUID reviewId) {
        MatchReviewRow review = find(caller, reviewId);
        audit.record(Actor.of(caller), AuditAction.MATCH_REVIEW_READ, AuditedRecord.of("match_review", reviewId),
                "deciding whether two records are the same person");
        return toWire(caller.tenantId(), review);
    }

    @Transactional
    MatchReview decide(Caller caller, UUID reviewId, boolean samePerson, String reason) {
        MatchReviewRow review = find(caller, reviewId);
        if (review.state() != ReviewState.OPEN) {
            throw ProblemException.conflict("review-decided", "Already decided", "This possible match has been decided.");
        }
        Instant now = clock.instant();
        UUID mergeId = null;
        if (samePerson) {
            mergeId = merge(caller, review, reason, now);
        }
        MatchReviewRow decided = reviews.update(review.decided(samePerson ? ReviewState.SAME_PERSON
                : ReviewState.DIFFERENT_PEOPLE, caller.uid(), now, cipher.seal(reason, reviewId.toString(), "reason"), mergeId));
        audit.record(Actor.of(caller), samePerson ? AuditAction.PERSON_MERGED : AuditAction.PERSON_KEPT_APART,
                AuditedRecord.of("match_review", reviewId), "match review decision");
        return toWire(caller.tenantId(), decided);
    }

    @Transactional
    Merge undo(Caller caller, UUID mergeId, String reason) {
        MergeRow merge = merges.findByIdAndTenantId(mergeId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("merge"));
        if (merge.undoneAt() != null) {
            throw ProblemException.conflict("merge-undone", "Already undone", "This merge has already been undone.");
        }
        PersonRow merged = persons.findById(merge.mergedPersonId()).orElseThrow();
        persons.update(merged.unmerged());
        MergeRow undone = merges.update(merge.undone(caller.uid(), clock.instant(),
                cipher.seal(reason, mergeId.toString(), "undo-reason")));
        audit.record(Actor.of(caller), AuditAction.PERSON_UNMERGED, AuditedRecord.of("person_merge", mergeId),
                "undoing a merge");
        return toWire(undone);
    }

    private UUID merge(Caller caller, MatchReviewRow review, String reason, Instant now) {
        UUID mentionPerson = survivors.survivorsOf(caller.tenantId(), List.of(review.mentionPersonId()))
                .get(review.mentionPersonId());
        UUID candidate = survivors.survivorsOf(caller.tenantId(), List.of(review.candidatePersonId()))
                .get(review.candidatePersonId());
        if (mentionPerson.equals(candidate)) {
            throw ProblemException.conflict("already-same-person", "Already one person",
                    "These records were already merged by another decision.");
        }
        if (knownApart.apart(caller.tenantId(), mentionPerson, candidate)) {
            refusedMerges.record(caller, review.id());
            throw ProblemException.conflict("people-known-apart", "Known to be different people",
                    "These two, or people already merged with them, were recorded side by side in one capture,"
                            + " so they are different people and cannot be merged. Decide 'different people' instead.");
        }
        persons.update(persons.findById(mentionPerson).orElseThrow().mergedInto(candidate));
        UUID mergeId = UUID.randomUUID();
        merges.save(new MergeRow(mergeId, caller.tenantId(), candidate, mentionPerson, caller.uid(), now,
                cipher.seal(reason, mergeId.toString(), "reason"), null, null, null, 0));
        return mergeId;
    }

    private MatchReviewRow find(Caller caller, UUID reviewId) {
        return reviews.findByIdAndTenantId(reviewId, caller.tenantId())
                .orElseThrow(() -> ProblemException.notFound("match review"));
    }

    private MatchReview toWire(String tenantId, MatchReviewRow review) {
        PersonRecord mention = records.open(mentions.findByIdAndTenantId(review.mentionId(), tenantId).orElseThrow());
        PersonSummary mentioned = new PersonSummary(review.mentionPersonId(),
                new PersonName(mention.givenName(), mention.familyName())).dateOfBirth(mention.dateOfBirth())
                .nhsNumber(mention.identifiers().get(CapturePeople.NHS_NUMBER));
        UUID candidateNow = survivors.survivorsOf(tenantId, List.of(review.candidatePersonId()))
                .get(review.candidatePersonId());
        return new MatchReview(review.id(), stateOf(review), review.weight(), mentioned,
                networks.summary(tenantId, candidateNow), evidenceOf(review)).mergeId(review.mergeId());
    }

    private List<MatchEvidence> evidenceOf(MatchReviewRow review) {
        try {
            List<Map<String, Object>> items = json.readValue(review.evidence(),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return items.stream().map(e -> new MatchEvidence(String.valueOf(e.get("comparison")),
                    String.valueOf(e.get("level")), ((Number) e.get("weight")).doubleValue())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Stored match evidence could not be read", e);
        }
    }

    private static MatchReviewState stateOf(MatchReviewRow review) {
        return switch (review.state()) {
            case OPEN -> MatchReviewState.OPEN;
            case SAME_PERSON -> MatchReviewState.SAME_PERSON;
            case DIFFERENT_PEOPLE -> MatchReviewState.DIFFERENT_PEOPLE;
        };
    }

    private static Merge toWire(MergeRow merge) {
        return new Merge(merge.id(), merge.survivingPersonId(), merge.mergedPersonId(),
                merge.mergedAt().atOffset(ZoneOffset.UTC))
                .undoneAt(merge.undoneAt() == null ? null : merge.undoneAt().atOffset(ZoneOffset.UTC));
    }
}
