package doorstep.crypto;

import com.google.crypto.tink.Aead;

/**
 * The key that wraps every keyset Doorstep stores in its database, kept outside the database.
 * In production this is a cloud KMS key (Tink's KmsClient gives an {@link Aead} for a key URI);
 * in development a keyset file. Either way nothing else needs to change.
 */
public interface MasterKey {
    Aead aead();
}
