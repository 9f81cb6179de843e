/**
 * Devices' way in and out: pushed batches of sealed captures (idempotent by submission id, each
 * item stored in its own transaction) and the per-user change feed. Owns tables submission and feed_entry.
 */
package doorstep.sync;
