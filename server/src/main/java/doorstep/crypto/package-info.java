/**
 * All key material of the server: the master key (a local file in development, KMS-ready), the
 * field AEAD and blind-index PRF keysets, and each tenant's HPKE intake key. Owns table wrapped_keyset.
 */
package doorstep.crypto;
