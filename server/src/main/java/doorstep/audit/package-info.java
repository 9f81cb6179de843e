/**
 * The audit trail: every read and write of a child's data, with who, when, which record and why.
 * Owns table audit_event.
 */
package doorstep.audit;
