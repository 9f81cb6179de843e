/**
 * The MASH front door: a contact for each capture its kind refers (CaptureReferred, with the risk
 * signals the kind found), rated by the tenant's PriorityRules with repeat contacts and linked risks,
 * its deadline on the working-day calendar; the triage queue, claims held on a lease, rating changes,
 * the deadline job (once per tenant per interval across replicas) and the manager's oversight;
 * decisions (never edited: corrected by linked new ones), their actions with owners and due dates,
 * and strategy discussions. Owns tables contact, contact_child (the children's mentions each
 * contact was opened for), contact_rating, contact_rating_change,
 * contact_decision, decision_action, strategy_discussion_agency and job_run.
 */
package doorstep.mash;
