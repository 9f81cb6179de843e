/**
 * RFC 9457 problem details: every HTTP error leaves as application/problem+json with a stable
 * type URI, a title, and a detail written for the caller. Owns no tables.
 */
package doorstep.problem;
