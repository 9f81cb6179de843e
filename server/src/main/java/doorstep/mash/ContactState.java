package doorstep.mash;

/**
 * Where a contact is in triage: queued, claimed, decided. A claim goes back to queued when its
 * holder releases it or its lease runs out ({@link ClaimLeases}); a decision is final.
 */
enum ContactState {
    QUEUED, CLAIMED, DECIDED;

    boolean canBeDecided() {
        return this == CLAIMED;
    }
}
