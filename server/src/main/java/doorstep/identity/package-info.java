/**
 * Who is calling: Firebase ID tokens verified with the Admin SDK, the caller's tenant, agency and
 * roles from custom claims, and enrolled field devices. Owns tables tenant and device.
 */
package doorstep.identity;
