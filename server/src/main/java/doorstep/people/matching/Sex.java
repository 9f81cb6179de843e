package doorstep.people.matching;

/** Recorded sex of a person; an unknown sex is {@code null}, never a third constant. */
public enum Sex {
    FEMALE,
    MALE
}
