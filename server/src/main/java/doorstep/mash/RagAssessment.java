package doorstep.mash;

import java.util.List;

/** A rating and the plain-English reasons for it, shown to the triager. */
record RagAssessment(RagRating rating, List<String> reasons) {
}
