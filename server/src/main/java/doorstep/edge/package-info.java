/**
 * The HTTP edge: what every connection passes through before and after any capability. Refuses
 * requests whose length could be read two ways (request smuggling) and puts the security headers
 * on every response. Owns no tables.
 */
package doorstep.edge;
