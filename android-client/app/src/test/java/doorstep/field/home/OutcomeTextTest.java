package doorstep.field.home;

import doorstep.device.api.model.Outcome;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/** Every outcome the MASH can send reads as plain words on the phone, never as its code. */
public class OutcomeTextTest {

    @Test
    public void immediateProtectionReadsAsPlainWords() {
        assertEquals("MASH decided: immediate protection for the child", OutcomeText.of(Outcome.IMMEDIATE_PROTECTION));
    }

    @Test
    public void stepAcrossReadsAsPassedToAnotherTeam() {
        assertEquals("MASH decided: passed to another team", OutcomeText.of(Outcome.STEP_ACROSS));
    }

    @Test
    public void noOutcomeIsShownByItsCode() {
        for (Outcome outcome : Outcome.values()) {
            assertFalse(outcome.getValue(), OutcomeText.of(outcome).contains(outcome.getValue()));
        }
    }
}
