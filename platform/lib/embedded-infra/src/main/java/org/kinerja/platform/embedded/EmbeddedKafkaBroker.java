package org.kinerja.platform.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller), running inside this JVM from the Kafka
 * jars. Its log directory is kept where the caller says, so a local stack keeps its topics across restarts; tests give
 * it a fresh folder. Transactions work on this single node (replication factors and min ISR of 1).
 *
 * <p>It is secured as a production cluster is: every listener takes SASL only (SCRAM-SHA-512 for the platform's
 * principals, PLAIN for the administrator and the broker itself, whose credentials are in its own configuration),
 * and Kafka's StandardAuthorizer allows nothing that no ACL allows. Nothing connects anonymously. The administrator's
 * password is made once per data folder and kept beside it; the administrator then creates the users and ACLs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    /** The administrator: a super user who provisions topics, users and ACLs. */
    public static final String ADMIN_USER = "kinerja-admin";
    /** The broker's own principal, for its connections to the controller and to itself. */
    static final String BROKER_USER = "kinerja-broker";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String adminPassword;
    private final String tlsBootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, String adminPassword,
            String tlsBootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.adminPassword = adminPassword;
        this.tlsBootstrapServers = tlsBootstrapServers;
    }

    /**
     * A second client listener with SASL (SCRAM-SHA-512) over TLS, as a Strimzi cluster's: the broker presents the
     * first key of this PKCS12 key store.
     */
    public record TlsListener(Path keyStore, String password) {
    }

    /**
     * Starts a broker whose data lives in {@code dataDir}, listening on {@code port} (0 picks a free port). A folder
     * formatted by an earlier run is reused as it is.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /** The same, with broker settings of the caller's on top (a test's short default retention, say). */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> overrides) {
        return start(dataDir, port, overrides, null);
    }

    /** The same with a {@link TlsListener} beside the plaintext one (on a free port of its own), where not null. */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> overrides, TlsListener tls) {
        try {
            Files.createDirectories(dataDir);
            int brokerPort = port == 0 ? freePort() : port;
            Properties identity = identity(dataDir);
            int controllerPort = Integer.parseInt(identity.getProperty("controller.port"));
            Path logDir = dataDir.resolve("logs");
            Properties config = config(logDir, brokerPort, controllerPort, identity);
            String tlsBootstrap = tls == null ? null : "127.0.0.1:" + freePort();
            if (tls != null) {
                config.putAll(tlsListener(config, tlsBootstrap, tls));
            }
            config.putAll(overrides);
            Path configFile = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "written by the Kinerja embedded broker at each start");
            }
            format(configFile, identity.getProperty("cluster.id"));
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + brokerPort;
            String adminPassword = identity.getProperty("admin.password");
            awaitReady(adminClientConfig(bootstrap, adminPassword));
            log.info("Kafka broker (KRaft, SASL and ACLs) ready on {} with data in {}", bootstrap, logDir);
            return new EmbeddedKafkaBroker(server, bootstrap, adminPassword, tlsBootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The TLS listener's address, or null when the broker has none. */
    public String tlsBootstrapServers() {
        return tlsBootstrapServers;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** What an admin client (or any client acting as the administrator) needs to connect. */
    public Map<String, Object> adminClientConfig() {
        return adminClientConfig(bootstrapServers, adminPassword);
    }

    private static Map<String, Object> adminClientConfig(String bootstrap, String password) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, plainLogin(ADMIN_USER, password, Map.of()));
    }

    /** A PLAIN login line; on the broker side {@code users} are the credentials it accepts. */
    private static String plainLogin(String user, String password, Map<String, String> users) {
        StringBuilder line = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
                .append(" username=\"").append(user).append("\" password=\"").append(password).append('"');
        users.forEach((name, secret) -> line.append(" user_").append(name).append("=\"").append(secret)
                .append('"'));
        return line.append(';').toString();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Map<String, String> tlsListener(Properties config, String address, TlsListener tls) {
        String prefix = "listener.name.tls.";
        return Map.of("listeners", config.getProperty("listeners") + ",TLS://" + address,
                "advertised.listeners", config.getProperty("advertised.listeners") + ",TLS://" + address,
                "listener.security.protocol.map", config.getProperty("listener.security.protocol.map")
                        + ",TLS:SASL_SSL",
                prefix + "sasl.enabled.mechanisms", "SCRAM-SHA-512",
                prefix + "scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                prefix + "ssl.keystore.type", "PKCS12",
                prefix + "ssl.keystore.location", tls.keyStore().toAbsolutePath().toString(),
                prefix + "ssl.keystore.password", tls.password(),
                prefix + "ssl.key.password", tls.password());
    }

    private static Properties config(Path logDir, int brokerPort, int controllerPort, Properties identity) {
        String brokerPassword = identity.getProperty("broker.password");
        String adminPassword = identity.getProperty("admin.password");
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "CLIENT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "CLIENT://127.0.0.1:" + brokerPort),
                Map.entry("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "CLIENT"),
                Map.entry("sasl.mechanism.inter.broker.protocol", "PLAIN"),
                Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
                Map.entry("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN"),
                Map.entry("listener.name.client.scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
                Map.entry("listener.name.client.plain.sasl.jaas.config", plainLogin(BROKER_USER, brokerPassword,
                        Map.of(BROKER_USER, brokerPassword, ADMIN_USER, adminPassword))),
                Map.entry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN"),
                Map.entry("listener.name.controller.plain.sasl.jaas.config", plainLogin(BROKER_USER, brokerPassword,
                        Map.of(BROKER_USER, brokerPassword))),
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                Map.entry("super.users", "User:" + BROKER_USER + ";User:" + ADMIN_USER),
                // A rotated or revoked password stops working on open connections too, within the hour.
                Map.entry("connections.max.reauth.ms", String.valueOf(3_600_000)),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                Map.entry("num.partitions", "3"),
                // Topics are declared by the services (with their compaction settings), never created by accident.
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024))));
        return p;
    }

    /**
     * The cluster id and controller port are chosen once per data folder and kept beside it: a formatted log
     * directory only opens again under the cluster id it was formatted with.
     */
    private static Properties identity(Path dataDir) throws IOException {
        Path file = dataDir.resolve("cluster.properties");
        Properties identity = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                identity.load(in);
            }
        }
        boolean changed = identity.putIfAbsent("cluster.id", Uuid.randomUuid().toString()) == null;
        changed |= identity.putIfAbsent("controller.port", String.valueOf(freePort())) == null;
        // A folder of a build before SASL gains its secrets on its first start with this one.
        changed |= identity.putIfAbsent("admin.password", randomSecret()) == null;
        changed |= identity.putIfAbsent("broker.password", randomSecret()) == null;
        if (changed) {
            try (OutputStream out = Files.newOutputStream(file)) {
                identity.store(out, "identity and secrets of this embedded Kafka cluster; delete the whole folder "
                        + "to start afresh");
            }
            restrictToOwner(file);
        }
        return identity;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secrets are the owner's alone where the file system can say so. */
    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            log.debug("cannot restrict {} to its owner", file);
        }
    }

    private static void format(Path configFile, String clusterId) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", configFile.toString(),
                "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static void awaitReady(Map<String, Object> adminConfig) {
        Map<String, Object> config = new java.util.HashMap<>(adminConfig);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not become ready on "
                    + adminConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG), e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
