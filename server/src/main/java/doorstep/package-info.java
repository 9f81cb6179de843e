/**
 * Doorstep's server: one package per capability (identity, crypto, sync, capture, mash, audit),
 * each owning its tables and exposing a small public API; everything else is package-private.
 */
package doorstep;
