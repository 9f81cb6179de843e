package doorstep.device.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutboxStateTest {

    @Test
    void receiptedAndRejectedAreFinal() {
        for (OutboxState next : OutboxState.values()) {
            assertFalse(OutboxState.RECEIPTED.canMoveTo(next));
            assertFalse(OutboxState.REJECTED.canMoveTo(next));
        }
    }

    @Test
    void draftMustBeSealedBeforeItIsSent() {
        assertFalse(OutboxState.DRAFT.canMoveTo(OutboxState.SENT));
        assertFalse(OutboxState.DRAFT.canMoveTo(OutboxState.RECEIPTED));
        assertTrue(OutboxState.DRAFT.canMoveTo(OutboxState.SEALED));
    }

    @Test
    void sentItemCanBeSentAgainUntilTheServerAnswers() {
        assertTrue(OutboxState.SENT.canMoveTo(OutboxState.SENT));
        assertTrue(OutboxState.SENT.canMoveTo(OutboxState.RECEIPTED));
        assertTrue(OutboxState.SENT.canMoveTo(OutboxState.REJECTED));
    }

    @Test
    void sealedItemCannotGoBackToDraft() {
        assertFalse(OutboxState.SEALED.canMoveTo(OutboxState.DRAFT));
        assertFalse(OutboxState.SEALED.isEditable());
    }
}
