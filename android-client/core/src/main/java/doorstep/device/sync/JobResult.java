package doorstep.device.sync;

/** What a durable job tells the platform scheduler. */
public enum JobResult {
    SUCCESS,
    /** Not done; the job has already asked the scheduler to run it again. */
    RETRY,
    /** Given up for now; nothing is lost, the next scheduled sync picks the work up again. */
    FAILURE
}
