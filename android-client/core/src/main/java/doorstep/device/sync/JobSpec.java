package doorstep.device.sync;

/**
 * How the platform should run a durable job.
 *
 * @param factoryKey names the job class across app updates; change it only with a payload migration
 * @param queue jobs in one queue run one at a time
 */
public record JobSpec(String factoryKey, String queue, boolean needsNetwork, Backoff backoff) {
}
