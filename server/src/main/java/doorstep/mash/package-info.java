/**
 * The MASH front door: a contact for each capture its kind refers (CaptureReferred, rated by the
 * kind's own rule), its deadline on the working-day calendar, the triage queue, claims and
 * claim leases, decisions, the deadline job (once per tenant per interval across replicas) and the
 * manager's oversight. Owns tables contact and job_run.
 */
package doorstep.mash;
