package doorstep.capture;

/**
 * A sealed payload names a kind of capture this server has no plug-in for. Expected: the item is
 * refused and the device tells the user to update the app; retrying unchanged cannot succeed.
 */
public final class UnknownCaptureKind extends Exception {

    UnknownCaptureKind() {
        super("capture of an unknown kind", null, false, false);
    }
}
