package doorstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A secret kept in a file that only its owner may read or write (0600). */
public record OwnerOnlyFile(Path path) {

    private static final String OWNER_ONLY = "rw-------";

    /** The file's text without surrounding white space. */
    public String read() throws IOException {
        return Files.readString(path).trim();
    }

    /** As {@link #read()}, first writing a new random secret if the file does not exist yet. */
    public String readOrCreate() throws IOException {
        if (Files.notExists(path)) {
            write(randomSecret() + "\n");
        }
        // Tightened on every start: a copy or an editor may have loosened it.
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(OWNER_ONLY));
        return read();
    }

    /** Writes the file in one step, so no reader ever sees it half-written or open to others. */
    public void write(String text) throws IOException {
        Path folder = Files.createDirectories(path.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(folder, "." + path.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
        try {
            Files.writeString(temporary, text);
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** 192 random bits, URL-safe Base64: safe inside SQL quotes, headers and shell words alike. */
    static String randomSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
