package doorstep.crypto;

/** @param publicKeyset a Tink JSON keyset holding only public key material */
public record IntakePublicKey(String keyId, String publicKeyset) {
}
