package doorstep.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "4010232137", "401 0232137"})
    void numbersEndingInTheirCheckDigitPass(String nhsNumber) {
        assertTrue(NhsNumber.isValid(nhsNumber));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "9434765918",    // last digit wrong
            "9434765991",    // last two digits swapped
            "9344765919",    // two digits swapped
            "0000000060",    // the check digit would be 10: no such NHS number
            "943476591",     // nine digits
            "94347659190",   // eleven digits
            "943-476-5919",  // other separators
            "94347659l9",    // a letter l for a one
            "9434 765919",   // spaces where the contract's pattern allows none
            "943 476 5919 ", // a trailing space the server's pattern would refuse
            "943  476 5919", // two spaces
            "0000000000",    // a placeholder for "not known": passes Modulus 11
            "1111111111"})   // likewise
    void anythingElseFails(String nhsNumber) {
        assertFalse(NhsNumber.isValid(nhsNumber));
    }
}
