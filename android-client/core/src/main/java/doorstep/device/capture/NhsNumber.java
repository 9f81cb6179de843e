package doorstep.device.capture;

/**
 * The NHS number's own check, as the server makes it: ten digits, spaces allowed, the last being
 * the Modulus 11 check digit of the first nine. Checked on the phone so the officer can correct a
 * slip while the person is still in front of them.
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
