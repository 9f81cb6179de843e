package doorstep.capture;

/**
 * A capture made with a checklist or form definition this server does not know (a newer or a
 * withdrawn version). Expected: the item is refused and the device tells the user to update the
 * app; retrying unchanged cannot succeed.
 */
public final class UnknownDefinition extends Exception {

    public UnknownDefinition() {
        super("capture made with an unknown definition", null, false, false);
    }
}
