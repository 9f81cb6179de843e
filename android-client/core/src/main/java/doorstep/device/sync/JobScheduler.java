package doorstep.device.sync;

import java.time.Duration;

/** Runs durable jobs when their constraints hold; the app implements it with Android's JobScheduler. */
public interface JobScheduler {

    /** Runs the job with payload {@code run} no sooner than {@code delay} from now, once its constraints hold. */
    void schedule(JobSpec spec, JobRun run, Duration delay);
}
