/**
 * The MASH console: server-rendered GOV.UK pages (JTE templates) for triagers and managers, signed in
 * with a Firebase session cookie, on the same services the API uses. Owns no tables.
 */
package doorstep.console;
