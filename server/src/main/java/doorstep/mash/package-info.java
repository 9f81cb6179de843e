/**
 * The MASH front door: a contact for each capture its kind refers (CaptureReferred, with the risk
 * signals the kind found), rated by the tenant's PriorityRules with repeat contacts and linked risks,
 * its deadline on the working-day calendar, the triage queue, claims, rating changes and decisions.
 * Owns tables contact, contact_rating and contact_rating_change.
 */
package doorstep.mash;
