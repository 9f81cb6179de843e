package doorstep.simulator;

import static doorstep.simulator.FieldRole.EARLY_HELP;
import static doorstep.simulator.FieldRole.INTERVIEWER;
import static doorstep.simulator.FieldRole.POLICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who carries the run's phones: half police, three in ten early help, two in ten interviewers. */
class FieldRoleTest {

    private static final Set<SimulatedKind> ALL = EnumSet.allOf(SimulatedKind.class);

    @Test
    void tenPhonesOfEveryKindAreFivePoliceThreeEarlyHelpTwoInterviewers() {
        assertEquals(List.of(POLICE, POLICE, POLICE, POLICE, POLICE, EARLY_HELP, EARLY_HELP, EARLY_HELP,
                INTERVIEWER, INTERVIEWER), FieldRole.mix(10, ALL));
    }

    @Test
    void theDefaultThreePhonesAreOneOfEach() {
        assertEquals(List.of(POLICE, EARLY_HELP, INTERVIEWER), FieldRole.mix(3, ALL));
    }

    @Test
    void twoHundredPhonesKeepTheMix() {
        List<FieldRole> mix = FieldRole.mix(200, ALL);

        assertEquals(List.of(100, 60, 40), List.of(Collections.frequency(mix, POLICE),
                Collections.frequency(mix, EARLY_HELP), Collections.frequency(mix, INTERVIEWER)));
    }

    @Test
    void incidentsAloneArePoliceOnly() {
        assertEquals(List.of(POLICE, POLICE, POLICE, POLICE), FieldRole.mix(4, Set.of(SimulatedKind.INCIDENT)));
    }

    @Test
    void interviewsNeedPoliceToRecordTheReturns() {
        assertEquals(List.of(POLICE, POLICE, POLICE, POLICE, INTERVIEWER),
                FieldRole.mix(5, Set.of(SimulatedKind.RETURN_HOME_INTERVIEW)));
    }

    @Test
    void fewerPhonesThanRolesTakeTheFirstRoles() {
        assertEquals(List.of(POLICE, EARLY_HELP), FieldRole.mix(2, ALL));
    }
}
