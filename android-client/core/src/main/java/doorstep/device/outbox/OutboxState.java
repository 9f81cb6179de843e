package doorstep.device.outbox;

/** Where a capture is on its way to the server. Every allowed move is listed here and nowhere else. */
public enum OutboxState {
    /** Encrypted at rest; the officer can still edit it. */
    DRAFT,
    /** Sealed to the intake key; the device can no longer read it. */
    SEALED,
    /** Pushed at least once without a result yet; pushed again until the server answers. */
    SENT,
    /** The server holds it; only the receipt is kept. */
    RECEIPTED,
    /** Refused or unreadable; kept, with its reason, for the officer to see. */
    REJECTED;

    public boolean canMoveTo(OutboxState next) {
        return switch (this) {
            case DRAFT -> next == SEALED || next == REJECTED;
            case SEALED, SENT -> next == SENT || next == RECEIPTED || next == REJECTED;
            case RECEIPTED, REJECTED -> false;
        };
    }

    public boolean isEditable() {
        return this == DRAFT;
    }

    public boolean awaitsDelivery() {
        return this == SEALED || this == SENT;
    }

    void requireMoveTo(OutboxState next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("An outbox item cannot move from " + this + " to " + next
                    + "; check the item's state before acting on it");
        }
    }
}
