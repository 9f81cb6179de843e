package doorstep.field.signin;

import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The checks made on the phone before a sign-in is sent: one mistake named at a time, in reading order. */
class SignInEntryTest {

    private static final String SERVER = "https://doorstep.example.org";

    @Test
    void aCompleteEntryHasNoMistake() {
        assertEquals(Optional.empty(), new SignInEntry(" officer@demo.doorstep.test ", "secret", SERVER).firstMistake());
    }

    @Test
    void anEmailWithoutADomainIsMalformed() {
        assertEquals(Optional.of(EntryMistake.EMAIL_MALFORMED), new SignInEntry("officer", "secret", SERVER).firstMistake());
        assertEquals(Optional.of(EntryMistake.EMAIL_MALFORMED), new SignInEntry("officer@police", "secret", SERVER).firstMistake());
    }

    @Test
    void theFirstMistakeInReadingOrderIsNamed() {
        assertEquals(Optional.of(EntryMistake.EMAIL_MISSING), new SignInEntry("", "", "").firstMistake());
        assertEquals(Optional.of(EntryMistake.SERVER_MISSING), new SignInEntry("a@b.uk", "secret", " ").firstMistake());
    }

    @Test
    void theServerAddressMustBeAWebAddress() {
        assertEquals(Optional.of(EntryMistake.SERVER_MALFORMED), new SignInEntry("a@b.uk", "secret", "doorstep.example.org").firstMistake());
        assertEquals(Optional.of(EntryMistake.SERVER_MALFORMED), new SignInEntry("a@b.uk", "secret", "ftp://doorstep.example.org").firstMistake());
        assertEquals(Optional.empty(), new SignInEntry("a@b.uk", "secret", "http://10.0.2.2:8080").firstMistake());
    }

    @Test
    void thePasswordNeverAppearsInTheEntrysText() {
        assertFalse(new SignInEntry("a@b.uk", "hunter2-secret", SERVER).toString().contains("hunter2-secret"));
    }
}
