package org.kinerja.audit.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.kinerja.audit.domain.AuditKeys;

/**
 * The deployment's signing key in a file of its own (a Kubernetes Secret mounted read-only, a compose volume, the
 * local stack's data folder): {@code keyId}, {@code privateKey} (PKCS#8, base64) and {@code publicKey} (X.509, base64)
 * as Java properties. {@code kinerja-audit keygen} writes one; a deployment may let the service write it at first
 * start instead ({@code KINERJA_AUDIT_GENERATE_KEY=true}), never over an existing one.
 */
public final class AuditKeyFile {

    private AuditKeyFile() {
    }

    public static AuditKeys load(Path file, boolean generateIfMissing, String newKeyId) {
        if (Files.exists(file)) {
            return read(file);
        }
        if (!generateIfMissing) {
            throw new IllegalStateException("the audit trail's signing key file " + file + " does not exist: create "
                    + "one with `kinerja-audit keygen --out " + file + "` (keep it secret, publish its public key), "
                    + "or set KINERJA_AUDIT_GENERATE_KEY=true to let the service create it at its first start");
        }
        AuditKeys keys = AuditKeys.generate(newKeyId);
        write(file, keys);
        return keys;
    }

    static AuditKeys read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key file " + file, e);
        }
        String keyId = properties.getProperty("keyId");
        String privateKey = properties.getProperty("privateKey");
        String publicKey = properties.getProperty("publicKey");
        if (keyId == null || privateKey == null || publicKey == null) {
            throw new IllegalStateException("the audit signing key file " + file
                    + " must hold keyId, privateKey and publicKey");
        }
        return AuditKeys.decode(keyId, privateKey, publicKey);
    }

    public static void write(Path file, AuditKeys keys) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW)) {
                Properties properties = new Properties();
                properties.setProperty("keyId", keys.keyId());
                properties.setProperty("privateKey", keys.privateKeyBase64());
                properties.setProperty("publicKey", keys.publicKeyBase64());
                properties.store(out, "Kinerja audit trail signing key (Ed25519): keep secret");
            }
            restrictToOwner(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit signing key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions protect it.
        }
    }
}
