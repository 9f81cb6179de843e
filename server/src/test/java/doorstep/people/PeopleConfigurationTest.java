package doorstep.people;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleConfigurationTest {

    @Test
    void aCandidateLimitBelowOneIsRefusedAtStartRatherThanScoringNobody() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PeopleConfiguration(14.0, 6.0, 0));

        assertTrue(refused.getMessage().contains("doorstep.people.candidate-limit"), refused.getMessage());
    }

    @Test
    void aPossibleThresholdAboveTheConfidentOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PeopleConfiguration(6.0, 14.0, 100).thresholds());
    }

    @Test
    void theThresholdsAreThoseConfigured() {
        assertEquals(14.0, new PeopleConfiguration(14.0, 6.0, 100).thresholds().confident());
    }
}
