package doorstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The embedded database's one account for Doorstep: its password is made once and kept in an
 * owner-only file under the Doorstep home, so a local process without that file cannot connect.
 */
record DatabaseAccount(String name, String password) {

    static final String NAME = "doorstep";
    static final String PASSWORD_FILE = "database-password";
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_FOLDER = "rwx------";

    DatabaseAccount {
        if (!password.matches("[A-Za-z0-9_-]{24,}")) {
            throw new IllegalStateException("The embedded database password file does not hold a password this "
                    + "version made; delete " + PASSWORD_FILE + " in the Doorstep home and start again to make a new one");
        }
    }

    /** The account whose password {@code home} keeps, making the password on first use. */
    static DatabaseAccount keptIn(Path home) {
        try {
            Files.createDirectories(home);
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString(OWNER_ONLY_FOLDER));
            Path file = home.resolve(PASSWORD_FILE);
            if (Files.notExists(file)) {
                writeOwnerOnly(file, newPassword() + "\n");
            }
            // Tightened on every start: a copy or an editor may have loosened it.
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(OWNER_ONLY_FILE));
            return new DatabaseAccount(NAME, Files.readString(file).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Could not keep the embedded database password under " + home, e);
        }
    }

    /**
     * What mariadbd runs at start (its --init-file), one statement a line: makes the account on a
     * new data folder and on one of an earlier version alike, and sets the password the file holds.
     * The server answers TCP only on 127.0.0.1 and resolves no names, so only an account for host
     * 127.0.0.1 can connect; installation makes root for the socket only, and this makes no other.
     */
    List<String> initStatements() {
        String account = "'" + name + "'@'127.0.0.1'";
        String identified = " IDENTIFIED BY '" + password + "'";
        return List.of(
                "CREATE USER IF NOT EXISTS " + account + identified + ";",
                "ALTER USER " + account + identified + ";",
                "GRANT ALL PRIVILEGES ON *.* TO " + account + ";");
    }

    /** Writes an owner-only file in one step, so no reader ever sees it half-written or open to others. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
        try {
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public String toString() {
        return "DatabaseAccount[" + name + "]";
    }
}
