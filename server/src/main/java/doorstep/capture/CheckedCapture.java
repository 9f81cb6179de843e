package doorstep.capture;

import java.util.UUID;

/** A capture its kind has read and checked, ready to store. */
public interface CheckedCapture {

    /**
     * Stores the capture encrypted under the submission's id, files the people it mentions and
     * announces it (the MASH decides on a contact from that announcement), all in the caller's transaction.
     */
    void record(Recorder recorder, UUID submissionId);
}
