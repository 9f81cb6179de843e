/**
 * What the operator of a server sees: whether it is up for anyone, health details and metrics
 * only for the holder of the operator token. Owns no tables.
 */
package doorstep.operations;
