package doorstep.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An RSA key and self-signed certificate standing in for one of Google's securetoken signing
 * keys. Made fresh by the JDK's keytool for each test run, so no key material is committed;
 * the keystore file is deleted as soon as it is read.
 */
public final class TokenSigningKey {

    private static final Path FOLDER = Path.of("target", "token-signing-keys");

    private final String keyId;
    private final PrivateKey privateKey;
    private final Certificate certificate;

    private TokenSigningKey(String keyId, PrivateKey privateKey, Certificate certificate) {
        this.keyId = keyId;
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    public static TokenSigningKey generate() {
        String keyId = UUID.randomUUID().toString().replace("-", "");
        char[] password = UUID.randomUUID().toString().toCharArray();
        Path keystore = FOLDER.resolve(keyId + ".p12").toAbsolutePath();
        try {
            Files.createDirectories(FOLDER);
            runKeytool(keyId, keystore, password);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            return new TokenSigningKey(keyId, (PrivateKey) store.getKey(keyId, password), store.getCertificate(keyId));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a token signing key with keytool", e);
        } finally {
            deleteQuietly(keystore);
        }
    }

    /** The {@code kid} header naming this key. */
    public String keyId() {
        return keyId;
    }

    /** The certificate as Google publishes it: PEM text. */
    public String certificatePem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RS256 signature over the bytes. */
    public byte[] sign(byte[] signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void runKeytool(String alias, Path keystore, char[] password) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String secret = new String(password);
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", alias,
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "2",
                "-dname", "CN=securetoken test key", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", secret, "-keypass", secret)
                .redirectErrorStream(true)
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish within 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes());
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed (" + process.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for keytool", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // target/ is cleaned anyway
        }
    }
}
