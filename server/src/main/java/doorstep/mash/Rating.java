package doorstep.mash;

import java.util.List;

/**
 * A contact's rating as the tenant's rules set it: the RAG, the reasons that set it (those at the
 * top rating, and the repeat rule when it raised it), and the contact's number among its
 * most-contacted child's contacts in the 12 months up to it.
 */
record Rating(RagRating rag, List<RatingReason> reasons, int repeatCount) {

    Rating {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rating needs at least one reason the triager can read");
        }
        reasons = List.copyOf(reasons);
    }

    String reasonTexts() {
        return String.join(Contact.REASON_SEPARATOR, reasons.stream().map(RatingReason::text).toList());
    }

    String ruleNames() {
        return String.join(Contact.REASON_SEPARATOR, reasons.stream().map(RatingReason::rule).toList());
    }
}
