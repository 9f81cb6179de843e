/**
 * The domestic abuse incident, the first kind of capture: validating it against the versioned DASH
 * checklist, storing it encrypted, its people and reading it back for the MASH. Owns tables da_incident and incident_person.
 */
package doorstep.capture.incident;
