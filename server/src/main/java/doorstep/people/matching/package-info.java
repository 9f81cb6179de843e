/**
 * Deciding whether a person mention is someone already known: blocking keys for blind-indexed
 * candidate lookup, Fellegi-Sunter match weights with readable evidence, and the three bands.
 * Pure Java, no tables: the people capability stores persons and indexes the keys.
 */
package doorstep.people.matching;
