package doorstep.mash;

/** Where a contact is in triage. Moves only forward: queued, claimed, decided. */
enum ContactState {
    QUEUED, CLAIMED, DECIDED;

    boolean canBeClaimed() {
        return this == QUEUED || this == CLAIMED;
    }

    boolean canBeDecided() {
        return this == CLAIMED;
    }
}
