package doorstep.field.capture;

import android.text.InputType;

/** The keyboard each kind of answer needs, so a tired thumb types less and mistypes less. */
public enum Input {
    LINE(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_CAP_SENTENCES),
    NAME(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_PERSON_NAME | InputType.TYPE_TEXT_FLAG_CAP_WORDS),
    /** Several lines of the worker's (or the child's) words; autocorrect stays off so words stay verbatim. */
    WORDS(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_MULTI_LINE | InputType.TYPE_TEXT_FLAG_CAP_SENTENCES),
    ADDRESS(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_POSTAL_ADDRESS | InputType.TYPE_TEXT_FLAG_CAP_WORDS),
    POSTCODE(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_CAP_CHARACTERS | InputType.TYPE_TEXT_FLAG_NO_SUGGESTIONS),
    DATE(InputType.TYPE_CLASS_DATETIME | InputType.TYPE_DATETIME_VARIATION_DATE),
    TIME(InputType.TYPE_CLASS_DATETIME | InputType.TYPE_DATETIME_VARIATION_TIME),
    NUMBER(InputType.TYPE_CLASS_NUMBER);

    final int type;

    Input(int type) {
        this.type = type;
    }

    boolean multiline() {
        return this == WORDS;
    }
}
