/**
 * The early help visit, a kind of capture: the family seen at home, each child's voice, the worker's
 * analysis and next actions, and an escalation to the MASH when risk rises. Owns tables eh_visit and eh_visit_person.
 */
package doorstep.capture.earlyhelp;
