package doorstep.mash;

/** Priority of a contact; each has its own deadline. */
enum RagRating {
    RED, AMBER, GREEN
}
