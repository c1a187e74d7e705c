package org.kinerja.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.kinerja.platform.kafka.access.Passwords;

/**
 * The local stack's Kafka passwords (one per service principal and demo agency system): made at random the first time
 * a principal is needed, then kept in the data folder, readable by its owner only, so the agencies' systems keep
 * their credentials across restarts and no password is ever committed.
 */
final class KafkaCredentialsFile {

    static final String FILE = "kafka-credentials.properties";

    private final Path file;
    private final Properties passwords = new Properties();

    private KafkaCredentialsFile(Path file) {
        this.file = file;
    }

    static KafkaCredentialsFile load(Path dataDir) {
        KafkaCredentialsFile credentials = new KafkaCredentialsFile(dataDir.resolve(FILE));
        if (Files.exists(credentials.file)) {
            try (InputStream in = Files.newInputStream(credentials.file)) {
                credentials.passwords.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return credentials;
    }

    /** The principal's password, made now if it has none yet. */
    synchronized String passwordOf(String principal) {
        String existing = passwords.getProperty(principal);
        if (existing != null) {
            return existing;
        }
        String made = Passwords.random();
        passwords.setProperty(principal, made);
        save();
        return made;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                passwords.store(out, "Kafka passwords of the local stack's principals; delete a line to get a new one");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
