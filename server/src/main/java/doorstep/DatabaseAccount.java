package doorstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The embedded database's one account for Doorstep: its password is made once and kept in an
 * owner-only file in an owner-only Doorstep home, so a local process without that file cannot connect.
 */
record DatabaseAccount(String name, String password) {

    static final String NAME = "doorstep";
    static final String PASSWORD_FILE = "database-password";

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
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
            return new DatabaseAccount(NAME, new OwnerOnlyFile(home.resolve(PASSWORD_FILE)).readOrCreate());
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

    @Override
    public String toString() {
        return "DatabaseAccount[" + name + "]";
    }
}
