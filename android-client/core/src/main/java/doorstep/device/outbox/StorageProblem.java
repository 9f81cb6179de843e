package doorstep.device.outbox;

/**
 * The device database could not be read or written (disk full, file damaged). Not retried: the
 * operation or sync run stops and the app tells the officer; nothing already stored is dropped.
 */
public final class StorageProblem extends RuntimeException {

    public StorageProblem(String whatFailed, Throwable cause) {
        super(whatFailed, cause);
    }
}
