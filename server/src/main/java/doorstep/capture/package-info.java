/**
 * Field captures once opened: validating them, storing them encrypted, reading them back for the
 * MASH, and the versioned risk checklists. Owns tables da_incident and incident_person.
 */
package doorstep.capture;
