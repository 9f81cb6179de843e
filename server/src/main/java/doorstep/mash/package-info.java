/**
 * The MASH front door: a contact for each incident with a child, its RAG priority and deadline
 * on the working-day calendar, the triage queue, claims and decisions. Owns table contact.
 */
package doorstep.mash;
