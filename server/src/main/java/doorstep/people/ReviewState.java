package doorstep.people;

/** A match review is open until a person decides: the same person (merged) or different people. */
enum ReviewState {
    OPEN, SAME_PERSON, DIFFERENT_PEOPLE
}
