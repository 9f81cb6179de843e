/**
 * The MASH front door: a contact for each capture its kind refers (CaptureReferred, rated by the
 * kind's own rule), its deadline on the working-day calendar, the triage queue, claims and
 * decisions. Owns table contact.
 */
package doorstep.mash;
