package doorstep.field.capture;

import android.content.Intent;
import java.time.Clock;

/** One kind of capture as a form: its fields, and how what was typed becomes the kind's JSON. */
public interface CaptureForm {

    /** The submission kind, as the outbox and the server know it. */
    String kind();

    /** What the worker calls it, as in "Carry on with the incident you started at 02:14?". */
    String noun();

    String title();

    /** Fills in what a new capture starts with (the time now, the task it answers...). */
    void start(FormState state, Intent intent, Clock clock);

    void build(FormViews form, FormState state);

    /** Reads the answers into the kind's JSON and runs the core check on it. */
    Reading read(FormState state, Clock clock);
}
