/**
 * A child's return from a missing episode (kind child-returned) and the return home interview
 * about it (kind return-home-interview): validating both, the versioned exploitation signs
 * checklist, storing them encrypted, their people, and the interview's MASH rule. The tasks the
 * episodes open live in {@code doorstep.returnhome}. Owns tables return_episode and return_interview.
 */
package doorstep.capture.returnhome;
