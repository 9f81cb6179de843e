package doorstep.console;

import doorstep.api.model.MatchEvidence;
import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewSummary;
import doorstep.api.model.Merge;
import doorstep.api.model.PersonSummary;
import doorstep.console.internal.MatchDecisionForm;
import doorstep.console.internal.EvidenceLine;
import doorstep.console.internal.RecordColumn;
import doorstep.console.internal.ReviewListRow;
import doorstep.console.internal.ReviewPage;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A possible match in words a reviewer can check: the two records side by side, each comparison's
 * weight as evidence for or against ("strong evidence they are the same person"), the total and the thresholds.
 * Weights are log2 Bayes factors: each point doubles the odds.
 */
final class MatchReviewWords {

    private static final String NOT_RECORDED = "Not recorded";

    private final double confidentWeight;
    private final double possibleWeight;

    MatchReviewWords(double confidentWeight, double possibleWeight) {
        this.confidentWeight = confidentWeight;
        this.possibleWeight = possibleWeight;
    }

    static ReviewListRow row(MatchReviewSummary review) {
        return new ReviewListRow(review.getReviewId().toString(), OversightRows.reference(review.getReviewId()),
                LondonTime.at(review.getCreatedAt().toInstant()), signed(review.getWeight()));
    }

    ReviewPage page(MatchReview review, @Nullable Merge merge, boolean manager, MatchDecisionForm form) {
        boolean mergeStands = merge != null && merge.getUndoneAt() == null;
        return new ReviewPage(review.getReviewId().toString(), OversightRows.reference(review.getReviewId()),
                column(review.getMention()), column(review.getCandidate()),
                review.getEvidence().stream().map(MatchReviewWords::line).toList(),
                "The total weight is " + signed(review.getWeight()) + ": " + suggests(review.getWeight()) + ".",
                String.format(Locale.UK, "Doorstep links two records by itself at a total weight of %.1f or more, and asks"
                        + " a person from %.1f. Each point of weight doubles the odds that they are the same person;"
                        + " each point below zero doubles the odds against.", confidentWeight, possibleWeight),
                switch (review.getState()) {
                    case OPEN -> null;
                    case SAME_PERSON -> "Decided: the same person. The two records were merged.";
                    case DIFFERENT_PEOPLE -> "Decided: different people. The records are kept apart.";
                },
                merge == null ? null : merge.getMergeId().toString(),
                merge == null ? null : mergeStands ? "The merge stands."
                        : "The merge was undone on " + LondonTime.at(merge.getUndoneAt().toInstant()) + ".",
                manager && mergeStands, form);
    }

    private static EvidenceLine line(MatchEvidence evidence) {
        String compared = evidence.getComparison();
        return new EvidenceLine(Character.toUpperCase(compared.charAt(0)) + compared.substring(1), evidence.getLevel(),
                suggests(evidence.getWeight()), signed(evidence.getWeight()));
    }

    /** Bands of the log2 Bayes factor: 4 or more is 16 to 1 or better, under 1 is less than 2 to 1. */
    static String suggests(double weight) {
        if (weight >= 4) {
            return "strong evidence they are the same person";
        }
        if (weight >= 1) {
            return "some evidence they are the same person";
        }
        if (weight > -1) {
            return weight == 0 ? "no evidence either way" : "little evidence either way";
        }
        return weight > -4 ? "some evidence they are different people" : "strong evidence they are different people";
    }

    /** "+4.5", "\u22122.0", or "0" for a weight that rounds to nothing (never "\u22120.0"). */
    private static String signed(double weight) {
        double rounded = Math.round(weight * 10) / 10.0;
        return rounded == 0 ? "0" : String.format(Locale.UK, "%+.1f", rounded).replace("-", "\u2212");
    }

    private static RecordColumn column(PersonSummary person) {
        String name = Stream.of(person.getName().getGivenName(), person.getName().getFamilyName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        String nhs = person.getNhsNumber();
        return new RecordColumn(name.isEmpty() ? NOT_RECORDED : name,
                person.getDateOfBirth() == null ? NOT_RECORDED : LondonTime.on(person.getDateOfBirth()),
                nhs == null ? NOT_RECORDED : nhs.length() == 10
                        ? nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6) : nhs);
    }
}
