package doorstep.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void allThreeKindsByDefault() {
        assertEquals(EnumSet.allOf(SimulatedKind.class), SimulatorOptions.parse(new String[0]).kinds());
    }

    @Test
    void kindsAreACommaList() {
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--kinds", "incident, return-home-interview"});

        assertEquals(Set.of(SimulatedKind.INCIDENT, SimulatedKind.RETURN_HOME_INTERVIEW), options.kinds());
    }

    @Test
    void theIncidentMayBeNamedByItsKind() {
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--kinds", "domestic-abuse-incident"});

        assertEquals(Set.of(SimulatedKind.INCIDENT), options.kinds());
    }

    @Test
    void anUnknownKindIsRefusedWithTheKindsThereAre() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SimulatorOptions.parse(new String[] {"--kinds", "incident,visits"}));

        assertEquals("--kinds takes incident, early-help-visit and return-home-interview, separated by commas;"
                + " not visits", refused.getMessage());
    }

    @Test
    void anEmptyKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulatorOptions.parse(new String[] {"--kinds", ""}));
    }

    @Test
    void theOtherOptionsStillParse() {
        SimulatorOptions options = SimulatorOptions.parse(new String[] {"--devices", "10", "--captures", "7",
                "--seed", "42", "--drop-rate", "0", "--kinds", "early-help-visit"});

        assertEquals(10, options.devices());
        assertEquals(7, options.captures());
        assertEquals(42, options.seed());
        assertEquals(Set.of(SimulatedKind.EARLY_HELP_VISIT), options.kinds());
    }
}
