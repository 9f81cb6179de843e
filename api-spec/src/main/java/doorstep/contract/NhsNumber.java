package doorstep.contract;

import java.util.regex.Pattern;

/**
 * The NHS number's own check, which the phone and the server both make, so that a number the phone
 * accepts is never refused at sync after the officer has left: ten digits, written as the contract's
 * pattern allows (3-3-4 with single spaces, or none), the last being the Modulus 11 check digit of
 * the first nine (NHS Data Dictionary, "NHS Number"). A mistyped digit or two swapped digits almost
 * always fail it, which matters because the same NHS number links two captures to one person.
 * Ten equal digits pass Modulus 11 but are the placeholders systems write for "not known", so they
 * are refused: two children given 0000000000 must not become one.
 */
public final class NhsNumber {

    /** The same shape as the contract's {@code NhsNumber} pattern. */
    private static final Pattern SHAPE = Pattern.compile("[0-9]{3} ?[0-9]{3} ?[0-9]{4}");

    private NhsNumber() {
    }

    /** The ten digits alone, as a number is stored and compared whichever way it was written. */
    public static String digitsOf(String nhsNumber) {
        return nhsNumber.replace(" ", "");
    }

    public static boolean isValid(String nhsNumber) {
        if (!SHAPE.matcher(nhsNumber).matches()) {
            return false;
        }
        String digits = digitsOf(nhsNumber);
        if (digits.chars().distinct().count() == 1) {
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
