package doorstep.capture;

/**
 * The NHS number's own check: its tenth digit is the Modulus 11 check digit of the first nine
 * (NHS Data Dictionary, "NHS Number"). A mistyped digit or two swapped digits almost always fail it,
 * which matters here because the same NHS number links two captures to one person outright.
 */
final class NhsNumbers {

    private NhsNumbers() {
    }

    /** Whether ten digits, spaces ignored, end in the check digit of the first nine. */
    static boolean checkDigitMatches(String nhsNumber) {
        String digits = nhsNumber.replace(" ", "");
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
