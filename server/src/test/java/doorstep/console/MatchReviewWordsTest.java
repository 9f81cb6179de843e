package doorstep.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Match weights (log2 Bayes factors) in the words a reviewer reads. */
class MatchReviewWordsTest {

    @Test
    void sixteenToOneOrBetterIsStrongEvidenceEitherWay() {
        assertEquals("strong evidence they are the same person", MatchReviewWords.suggests(4.0));
        assertEquals("strong evidence they are different people", MatchReviewWords.suggests(-4.0));
    }

    @Test
    void twoToOneUpToSixteenToOneIsSomeEvidence() {
        assertEquals("some evidence they are the same person", MatchReviewWords.suggests(1.0));
        assertEquals("some evidence they are the same person", MatchReviewWords.suggests(3.9));
        assertEquals("some evidence they are different people", MatchReviewWords.suggests(-1.0));
    }

    @Test
    void lessThanTwoToOneIsLittleAndAMissingFieldIsNone() {
        assertEquals("little evidence either way", MatchReviewWords.suggests(0.9));
        assertEquals("little evidence either way", MatchReviewWords.suggests(-0.5));
        assertEquals("no evidence either way", MatchReviewWords.suggests(0.0));
    }
}
