/**
 * The MASH front door: a contact for each capture its kind refers (CaptureReferred, rated by the
 * kind's own rule), its deadline on the working-day calendar, the triage queue, claims and
 * decisions (never edited: corrected by linked new ones), their actions with owners and due dates,
 * and strategy discussions. Owns tables contact, contact_decision, decision_action and
 * strategy_discussion_agency.
 */
package doorstep.mash;
