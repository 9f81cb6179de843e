package doorstep.field.capture;

import doorstep.device.api.model.PersonName;

/** A person's name as the form asks it, and as the core check will call them. */
public final class People {

    private People() {
    }

    /** The first name typed, or "child 2" until there is one: the name the check's messages use. */
    public static String called(FormState state, String group, int index, String otherwise) {
        String given = state.get(group + "." + index + ".given").strip();
        return given.isEmpty() ? otherwise + " " + (index + 1) : given;
    }

    public static void nameFields(FormViews form, String prefix) {
        form.text(prefix + "given", "First name", Input.NAME, "first name");
        form.text(prefix + "family", "Surname", Input.NAME, "surname");
    }

    public static PersonName name(FormReader reader, String prefix) {
        return new PersonName().givenName(reader.text(prefix + "given")).familyName(reader.text(prefix + "family"));
    }
}
