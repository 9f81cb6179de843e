/**
 * Reading JSON off the wire exactly as the contract (api-spec/doorstep.yaml) says: request bodies
 * and opened sealed captures are checked against their schema before they are bound. Owns no tables.
 */
package doorstep.wire;
