package org.kinerja.audit.adapter.in.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.kinerja.audit.config.AuditKeyFile;
import org.kinerja.audit.domain.AuditKeys;
import org.kinerja.audit.domain.ChainVerifier;
import org.kinerja.audit.domain.ChainVerifier.Verification;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.platform.kafka.access.ClusterOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The operator's and the inspectorate's command for the audit trail ({@code kinerja-audit}): {@code verify} walks the
 * region's trail and digests on Kafka from their first record and reports the first broken link; {@code keygen}
 * makes a deployment's signing key file. Passwords come from the environment only, never from the command line.
 */
@Command(name = "kinerja-audit", mixinStandardHelpOptions = true, version = "kinerja-audit 0.1.0",
        description = "Verifies a Kinerja region's audit trail on Kafka; makes its signing key.",
        subcommands = {KinerjaAuditCommand.Verify.class, KinerjaAuditCommand.Keygen.class})
public final class KinerjaAuditCommand {

    private static final Set<String> COMMANDS = Set.of("verify", "keygen", "--help", "-h", "--version", "-V");

    /** Whether the service jar's first argument asks for this command rather than the service. */
    public static boolean isCommand(String first) {
        return COMMANDS.contains(first);
    }

    public static int run(String... args) {
        return new CommandLine(new KinerjaAuditCommand()).execute(args);
    }

    /** The same, printing to the given writers (tests, an embedding launcher). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new KinerjaAuditCommand()).setOut(out).setErr(err).execute(args);
    }

    /** Exit codes: 0 intact, 1 broken, 2 could not verify (a wrong option, the cluster away). */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walks audit.trail.v1 and audit.digests.v1 from their first record; exit 0 when intact, "
                    + "1 at the first broken link (printed), 2 when it could not verify.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ClusterOptions cluster;

        @Option(names = "--user", defaultValue = "${env:KAFKA_USERNAME:-audit-trail}",
                description = "a principal that reads the trail's topics (env KAFKA_USERNAME; default "
                        + "${DEFAULT-VALUE}); its password is read from env KAFKA_PASSWORD or --password-file")
        String user;

        @Option(names = "--password-file", description = "a file holding the principal's password (else env "
                + "KAFKA_PASSWORD): a mounted Secret, never the command line")
        Path passwordFile;

        @Option(names = "--mechanism", defaultValue = "${env:KAFKA_SASL_MECHANISM:-SCRAM-SHA-512}",
                description = "SCRAM-SHA-512, or PLAIN for the cluster's administrator (default ${DEFAULT-VALUE})")
        String mechanism;

        @Option(names = "--key-file", description = "a signing key file whose public key verifies the digests")
        Path keyFile;

        @Option(names = "--public-key", paramLabel = "KEYID=BASE64",
                description = "a public key of the key ring (X.509, base64), repeatable: the current and retired keys")
        List<String> publicKeys = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Map<String, PublicKey> ring = keyRing();
                String password = password();
                KafkaTrailReader reader = new KafkaTrailReader(cluster.clientConfig(mechanism, user,
                        password == null ? "" : password));
                List<AuditDigestSigned> digests = new ArrayList<>();
                reader.readAll(Topics.AUDIT_DIGESTS, EventType.AUDIT_DIGEST_SIGNED, AuditDigestSigned.class,
                        digests::add);
                ChainVerifier verifier = new ChainVerifier(ring, digests);
                reader.readAll(Topics.AUDIT_TRAIL, EventType.AUDIT_ENTRY_RECORDED, AuditEntryRecorded.class,
                        verifier::entry);
                return report(verifier.result(), out);
            } catch (RuntimeException e) {
                err.println("kinerja-audit: could not verify: " + e.getMessage());
                return 2;
            }
        }

        private String password() {
            if (passwordFile == null) {
                return System.getenv("KAFKA_PASSWORD");
            }
            try {
                return java.nio.file.Files.readString(passwordFile).strip();
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read the password file " + passwordFile, e);
            }
        }

        private Map<String, PublicKey> keyRing() {
            Map<String, PublicKey> ring = new LinkedHashMap<>();
            for (String entry : publicKeys) {
                String[] parts = entry.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--public-key takes KEYID=BASE64, got " + entry);
                }
                ring.put(parts[0], AuditKeys.publicKey(parts[1]));
            }
            if (keyFile != null) {
                AuditKeys keys = AuditKeyFile.load(keyFile, false, null);
                ring.put(keys.keyId(), keys.publicKey());
            }
            if (ring.isEmpty()) {
                throw new IllegalArgumentException("name the key ring: --key-file or --public-key");
            }
            return ring;
        }

        static int report(Verification result, PrintWriter out) {
            out.printf("entries: %d (last sequence %d), digests: %d, entries not yet signed: %d%n",
                    result.entries(), result.lastSequence(), result.digests(), result.unsigned());
            if (result.intact()) {
                out.println("intact");
                return 0;
            }
            ChainVerifier.Break broken = result.firstBreak().orElseThrow();
            out.println("BROKEN at " + broken.at() + ": " + broken.problem());
            return 1;
        }
    }

    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = "Writes a new Ed25519 signing key file (never over an existing one) and prints its public "
                    + "key, to publish beside the digests.")
    static final class Keygen implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--out", required = true, description = "the key file to create")
        Path out;

        @Option(names = "--key-id", required = true, description = "the key's id, e.g. makassar-2027")
        String keyId;

        @Override
        public Integer call() {
            AuditKeys keys = AuditKeys.generate(keyId);
            AuditKeyFile.write(out, keys);
            spec.commandLine().getOut().println(keys.keyId() + "=" + keys.publicKeyBase64());
            return 0;
        }
    }
}
