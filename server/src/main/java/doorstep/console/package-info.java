/**
 * The MASH console: server-rendered GOV.UK pages (JTE templates) for triagers and managers, signed in
 * with a Firebase session cookie, on the same services the API uses. Owns console_reading_reason (the
 * reasons readers give for opening a record, kept a day).
 */
package doorstep.console;
