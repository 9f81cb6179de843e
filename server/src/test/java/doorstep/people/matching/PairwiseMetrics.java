package doorstep.people.matching;

import java.util.Locale;

/** The figures the issue asks for: automatic links, review share, and recall if every review were decided right. */
record PairwiseMetrics(PairwiseCounts automatic, PairwiseCounts withReview, double reviewShare) {

    double precision() {
        return automatic.precision();
    }

    double recall() {
        return automatic.recall();
    }

    double f1() {
        return automatic.f1();
    }

    double recallWithReview() {
        return withReview.recall();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f, recall %.4f, F1 %.4f, review share %.4f, recall with review %.4f"
                        + " (true pairs %d, linked pairs %d)",
                precision(), recall(), f1(), reviewShare, recallWithReview(), automatic.truth(), automatic.predicted());
    }
}
