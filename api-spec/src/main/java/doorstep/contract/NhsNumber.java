package doorstep.contract;

/**
 * The NHS number's own check, which the phone and the server both make: ten digits, spaces
 * allowed, the last being the Modulus 11 check digit of the first nine (NHS Data Dictionary,
 * "NHS Number"). A mistyped digit or two swapped digits almost always fail it, which matters
 * because the same NHS number links two captures to one person.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    public static boolean isValid(String nhsNumber) {
        String digits = nhsNumber.replace(" ", "");
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        int weighted = 0;
        for (int i = 0; i < 9; i++) {
            weighted += (digits.charAt(i) - '0') * (10 - i);
        }
        int checkDigit = (11 - weighted % 11) % 11;
        return checkDigit != 10 && checkDigit == digits.charAt(9) - '0';
    }
}
