/**
 * Who is who: resolves each person mention to a person (blocking through keyed blind indexes,
 * Fellegi-Sunter scoring in {@code matching}), review of possible matches, exact merge and unmerge,
 * relationships and risk markers. Owns tables person, person_mention, person_block_key, mention_tally,
 * name_frequency, match_review, person_merge, relationship and risk_marker.
 */
package doorstep.people;
