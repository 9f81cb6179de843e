package doorstep.people;

import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewState;
import doorstep.api.model.MatchReviewSummary;
import doorstep.api.model.Merge;
import doorstep.identity.Caller;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Possible matches as the API serves them, for the console to render: listed, read (audited), decided
 * (audited), and a merge undone by a manager (audited), with the same roles as the API.
 */
@Singleton
public class MatchReviewing {

    private static final int REASON_MIN = 5;
    private static final int REASON_MAX = 2000;

    private final ReviewTasks tasks;
    private final MatchReviewRepository reviews;
    private final MergeRepository merges;
    private final PeopleConfiguration configuration;

    MatchReviewing(ReviewTasks tasks, MatchReviewRepository reviews, MergeRepository merges,
                   PeopleConfiguration configuration) {
        this.tasks = tasks;
        this.reviews = reviews;
        this.merges = merges;
        this.configuration = configuration;
    }

    /** The caller's tenant's open reviews, oldest first; names no one, so not audited (as the API's list). */
    public List<MatchReviewSummary> open(Caller caller, int limit) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return tasks.open(caller, limit);
    }

    /** Reviews decided "same person" whose merge still stands, latest first; for managers, who may undo them. */
    public List<MatchReviewSummary> standingMerges(Caller caller, int limit) {
        caller.requireAnyOf(Role.MASH_MANAGER);
        return reviews.standingMerges(caller.tenantId(), limit).stream()
                .map(r -> new MatchReviewSummary(r.id(), r.weight(), r.createdAt().atOffset(ZoneOffset.UTC),
                        MatchReviewState.SAME_PERSON))
                .toList();
    }

    /** Both records and the match weights; audited as a read. 404 for another tenant's review. */
    public MatchReview read(Caller caller, UUID reviewId) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return tasks.read(caller, reviewId);
    }

    /** Merges ("same person") or keeps apart, with the reviewer's reason; refusals as the API's (409s). */
    public MatchReview decide(Caller caller, UUID reviewId, boolean samePerson, String reason) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return tasks.decide(caller, reviewId, samePerson, checked(reason));
    }

    /** A merge of the caller's tenant, standing or undone; empty for another tenant's. */
    public Optional<Merge> merge(Caller caller, UUID mergeId) {
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return merges.findByIdAndTenantId(mergeId, caller.tenantId())
                .map(merge -> new Merge(merge.id(), merge.survivingPersonId(), merge.mergedPersonId(),
                        merge.mergedAt().atOffset(ZoneOffset.UTC))
                        .undoneAt(merge.undoneAt() == null ? null : merge.undoneAt().atOffset(ZoneOffset.UTC)));
    }

    /** Undoes a merge exactly, with a reason; MASH managers only, as in the API. */
    public Merge undo(Caller caller, UUID mergeId, String reason) {
        caller.requireAnyOf(Role.MASH_MANAGER);
        return tasks.undo(caller, mergeId, checked(reason));
    }

    /** The weight at and above which records are linked without asking anyone. */
    public double confidentWeight() {
        return configuration.confidentWeight();
    }

    /** The weight at and above which a possible match is put to a person. */
    public double possibleWeight() {
        return configuration.possibleWeight();
    }

    private static String checked(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.length() < REASON_MIN || trimmed.length() > REASON_MAX) {
            throw ProblemException.invalid("Give a reason of 5 to 2000 characters.",
                    List.of(new Violation("reason", "must be 5 to 2000 characters")));
        }
        return trimmed;
    }
}
