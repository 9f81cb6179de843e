/**
 * Tells people away from the console: FCM pushes to a referrer's field devices when the MASH decides
 * their referral, carrying ids only, never content. Owns no tables.
 */
package doorstep.notify;
