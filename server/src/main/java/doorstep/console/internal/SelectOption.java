package doorstep.console.internal;

/**
 * One option of a GOV.UK select. Whether it is selected comes from the select's own {@code value}
 * or from {@code selected} here.
 */
public record SelectOption(String value, String text, boolean selected, boolean disabled) {

    public static SelectOption of(String value, String text) {
        return new SelectOption(value, text, false, false);
    }
}
