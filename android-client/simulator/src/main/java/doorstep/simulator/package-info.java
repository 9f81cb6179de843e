/**
 * Simulated field devices: each runs the real device core (encrypted SQLite outbox, sealing, sync)
 * against a running server over a network that drops connections, and the run is counted.
 */
package doorstep.simulator;
