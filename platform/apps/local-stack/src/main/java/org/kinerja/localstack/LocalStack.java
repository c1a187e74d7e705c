package org.kinerja.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.kinerja.audit.AuditApplication;
import org.kinerja.console.ConsoleApplication;
import org.kinerja.gateway.GatewayApplication;
import org.kinerja.localstack.identity.DevIdentityProvider;
import org.kinerja.planning.PlanningApplication;
import org.kinerja.platform.embedded.EmbeddedKafkaBroker;
import org.kinerja.platform.embedded.EmbeddedMongo;
import org.kinerja.platform.kafka.access.KafkaPrincipals;
import org.kinerja.platform.kafka.access.KafkaProvisioner;
import org.kinerja.platform.kafka.access.ServiceAccess;
import org.kinerja.platform.kafka.access.TopicPlan;
import org.kinerja.registry.RegistryApplication;
import org.kinerja.reporting.ReportingApplication;
import org.kinerja.rewards.RewardsApplication;
import org.kinerja.scoring.ScoringApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in this JVM: a real Kafka broker (KRaft), a MongoDB wire-protocol server persisting to a file,
 * the six services, the gateway and the console, each service an ordinary Spring Boot application with its own port, database and
 * consumer groups, wired to each other only through Kafka and HTTP, exactly as in production.
 *
 * <p>Kafka is secured as in production: the stack provisions the broker as the region's administrator would (topics,
 * a SCRAM principal per service with its ACLs, and a principal per demo agency system), and each service connects as
 * its own principal, so a missing ACL fails here exactly as it would in a region's cluster.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    /** The gateway's dev tokens' issuer, trusted beside the local identity provider. */
    private static final String TRUSTED_ISSUERS = "kinerja-dev";

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongo mongo;
    private final List<ConfigurableApplicationContext> contexts;
    private final Map<String, Integer> ports;
    private final String secret;
    private final KafkaCredentialsFile credentials;
    private final String region;

    private LocalStack(EmbeddedKafkaBroker kafka, EmbeddedMongo mongo, List<ConfigurableApplicationContext> contexts,
            Map<String, Integer> ports, String secret, KafkaCredentialsFile credentials, String region) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.contexts = contexts;
        this.ports = ports;
        this.secret = secret;
        this.credentials = credentials;
        this.region = region;
    }

    /** The deployment's region (its REGION): one seed region, or "local" with all three in one for tests. */
    public String region() {
        return region;
    }

    /** The agencies whose systems get a Kafka principal at every start: the region's seed agencies. */
    public List<String> demoAgencySystems() {
        return agencySystems(region);
    }

    private static List<String> agencySystems(String region) {
        return DemoData.agenciesOf(region).stream().map(DemoData.Agency::agencyId).toList();
    }

    public static LocalStack start(LocalStackOptions options) {
        Map<String, Integer> ports = ports(options);
        requireFree("Kafka", options.kafkaPort(), "--kafka-port");
        requireFree("MongoDB", options.mongoPort(), "--mongo-port");
        ports.forEach((name, port) -> requireFree(name, port, "--gateway-port"));
        DataFormat.prepare(options.dataDir());
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(options.dataDir().resolve("kafka"),
                options.kafkaPort());
        EmbeddedMongo mongo = EmbeddedMongo.persistent(options.dataDir().resolve("mongo/kinerja.mv.db"),
                options.mongoPort());
        String secret = SigningKey.load(options.dataDir());
        KafkaCredentialsFile credentials = KafkaCredentialsFile.load(options.dataDir());
        try {
            provision(kafka, credentials, options.region());
        } catch (RuntimeException e) {
            kafka.close();
            mongo.close();
            throw new IllegalStateException("Kafka could not be provisioned: " + e.getMessage(), e);
        }
        String issuer = "http://127.0.0.1:" + ports.get(DevIdentityProvider.NAME);
        String consoleSecret = java.util.UUID.randomUUID().toString(); // shared by the provider and the console alone
        ConfigurableApplicationContext identity;
        try {
            identity = started("identity provider", () -> startIdentityProvider(ports, issuer, consoleSecret,
                    options));
        } catch (RuntimeException e) {
            kafka.close();
            mongo.close();
            throw new IllegalStateException("the identity provider did not start: " + e.getMessage(), e);
        }
        // Made here, once: scoring and the audit trail start side by side, and a Kafka Streams application that
        // finds its base state directory missing creates it, failing when the other created it in between.
        Path streams = createDirectories(options.dataDir().resolve("streams").toAbsolutePath());
        List<String> common = new ArrayList<>(trustedTokens(issuer));
        common.addAll(List.of(
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.uri(),
                "--kinerja.region=" + options.region(),
                "--kinerja.jwt-secret=" + secret,
                // the API descriptions name the gateway as the server to call
                "--kinerja.api.public-url=http://127.0.0.1:" + ports.get(GatewayApplication.NAME),
                "--server.address=" + LocalStackOptions.LOOPBACK,
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--spring.kafka.streams.state-dir=" + streams));
        Map<String, Supplier<SpringApplicationBuilder>> services = new LinkedHashMap<>();
        services.put(RegistryApplication.NAME, RegistryApplication::application);
        services.put(PlanningApplication.NAME, PlanningApplication::application);
        services.put(ReportingApplication.NAME, ReportingApplication::application);
        services.put(ScoringApplication.NAME, ScoringApplication::application);
        services.put(RewardsApplication.NAME, RewardsApplication::application);
        // the audit trail's signing key, made at its first start and kept with the data (never committed)
        String auditKey = options.dataDir().resolve("audit/signing-key").toAbsolutePath().toString();
        services.put(AuditApplication.NAME, () -> AuditApplication.application()
                .properties("kinerja.audit.key-file=" + auditKey, "kinerja.audit.generate-key=true"));
        List<ConfigurableApplicationContext> contexts = new ArrayList<>(List.of(identity));
        ExecutorService starter = Executors.newFixedThreadPool(3);
        try {
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            // side by side, each setting the shared logging up in its turn
            services.forEach((name, app) -> starting.add(starter.submit(() -> started(name, () -> app.get()
                    .listeners(OneLoggingSetupAtATime.listeners()).run(args(common, "--server.port=" + ports.get(name),
                            "--kinerja.kafka.username=" + name,
                            "--kinerja.kafka.password=" + credentials.passwordOf(name)))))));
            for (Future<ConfigurableApplicationContext> future : starting) {
                contexts.add(future.get());
            }
        } catch (Exception e) {
            contexts.forEach(ConfigurableApplicationContext::close);
            kafka.close();
            mongo.close();
            throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
        } finally {
            starter.shutdown();
        }
        try {
            contexts.add(started(GatewayApplication.NAME, () -> startGateway(ports, secret, issuer, options)));
        } catch (RuntimeException e) {
            contexts.forEach(ConfigurableApplicationContext::close);
            kafka.close();
            mongo.close();
            throw new IllegalStateException("the gateway did not start: " + e.getMessage(), e);
        }
        try {
            contexts.add(started(ConsoleApplication.NAME, () -> startConsole(ports, issuer, consoleSecret,
                    options)));
        } catch (RuntimeException e) {
            for (int i = contexts.size() - 1; i >= 0; i--) {
                contexts.get(i).close();
            }
            kafka.close();
            mongo.close();
            throw new IllegalStateException("the console did not start: " + e.getMessage(), e);
        }
        return new LocalStack(kafka, mongo, contexts, ports, secret, credentials, options.region());
    }

    private static KafkaProvisioner provisioner(EmbeddedKafkaBroker kafka) {
        return new KafkaProvisioner(kafka.adminClientConfig(), TopicPlan.SINGLE_BROKER);
    }

    /** Topics, each service's principal and ACLs, and the demo agencies' systems; idempotent at every start. */
    private static void provision(EmbeddedKafkaBroker kafka, KafkaCredentialsFile credentials, String region) {
        try (KafkaProvisioner provisioner = provisioner(kafka)) {
            Map<String, String> passwords = new LinkedHashMap<>();
            ServiceAccess.ALL.forEach(s -> passwords.put(s.principal(), credentials.passwordOf(s.principal())));
            provisioner.provisionPlatform(passwords);
            for (String agency : agencySystems(region)) {
                provisioner.provisionAgency(agency, credentials.passwordOf(KafkaPrincipals.agency(agency)));
            }
        }
    }

    /**
     * The local stack's OpenID Connect provider with the demo's people (password {@link
     * DevIdentityProvider#DEMO_PASSWORD}), on the gateway's address; the console signs in through it.
     */
    /** Says what is starting and when it is up: a cold start takes a while, and the console shows it moving. */
    private static ConfigurableApplicationContext started(String name, Supplier<ConfigurableApplicationContext> start) {
        long begun = System.nanoTime();
        log.info("starting {}", name);
        ConfigurableApplicationContext context = start.get();
        log.info("{} started in {} s", name, String.format("%.1f", (System.nanoTime() - begun) / 1e9));
        return context;
    }

    private static ConfigurableApplicationContext startIdentityProvider(Map<String, Integer> ports, String issuer,
            String consoleSecret, LocalStackOptions options) {
        String address = options.gatewayAddress();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + ports.get(DevIdentityProvider.NAME),
                "--server.address=" + address,
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--kinerja.identity.issuer=" + issuer,
                "--kinerja.identity.region=" + options.region(),
                "--kinerja.identity.console-secret=" + consoleSecret,
                "--kinerja.identity.console-redirect-uri=http://127.0.0.1:" + ports.get(ConsoleApplication.NAME)
                        + "/login/oauth2/code/region"));
        args.addAll(demoUserArgs("kinerja.identity.people", Map.of("username", DemoData.ConsoleUser::subject),
                options.region()));
        return DevIdentityProvider.application().run(args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext startGateway(Map<String, Integer> ports, String secret,
            String issuer, LocalStackOptions options) {
        return GatewayApplication.application().run(args(trustedTokens(issuer),
                "--server.port=" + ports.get(GatewayApplication.NAME),
                "--server.address=" + options.gatewayAddress(),
                "--kinerja.region=" + options.region(),
                "--kinerja.jwt-secret=" + secret,
                "--kinerja.dev-tokens=true",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--REGISTRY_URL=http://127.0.0.1:" + ports.get(RegistryApplication.NAME),
                "--PLANNING_URL=http://127.0.0.1:" + ports.get(PlanningApplication.NAME),
                "--REPORTING_URL=http://127.0.0.1:" + ports.get(ReportingApplication.NAME),
                "--SCORING_URL=http://127.0.0.1:" + ports.get(ScoringApplication.NAME),
                "--REWARDS_URL=http://127.0.0.1:" + ports.get(RewardsApplication.NAME),
                "--AUDIT_URL=http://127.0.0.1:" + ports.get(AuditApplication.NAME)));
    }

    /**
     * The console, on the same address as the gateway, talking to the gateway over loopback; its dev sign-in page
     * offers the demo's people (served to loopback callers only, as the gateway's /dev/tokens is).
     */
    private static ConfigurableApplicationContext startConsole(Map<String, Integer> ports, String issuer,
            String consoleSecret, LocalStackOptions options) {
        String address = options.gatewayAddress();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + ports.get(ConsoleApplication.NAME),
                "--server.address=" + address,
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--kinerja.console.oidc.issuer-uri=" + issuer,
                "--kinerja.console.oidc.client-id=" + DevIdentityProvider.CLIENT_ID,
                "--kinerja.console.oidc.client-secret=" + consoleSecret,
                // as in docker-compose, where the console reads the metadata at the provider's address inside the
                // container network
                "--kinerja.console.oidc.discovery-uri=" + issuer + "/.well-known/openid-configuration",
                "--kinerja.console.oidc.sign-in-hint=Penyedia identitas lokal: NIP pengguna demo (atau bkpsdm-admin), "
                        + "kata sandi " + DevIdentityProvider.DEMO_PASSWORD + ".",
                "--kinerja.console.gateway-url=http://127.0.0.1:" + ports.get(GatewayApplication.NAME),
                "--kinerja.console.dev-sign-in=true"));
        args.addAll(demoUserArgs("kinerja.console.demo-users", Map.of("subject", DemoData.ConsoleUser::subject,
                "name", DemoData.ConsoleUser::name, "description", DemoData.ConsoleUser::description),
                options.region()));
        return ConsoleApplication.application().run(args.toArray(String[]::new));
    }

    /**
     * The demo's people as a list property ({@code --<property>[i].<field>=...}): the fields named, and each one's
     * roles and agency (none for the region's administrator).
     */
    private static List<String> demoUserArgs(String property,
            Map<String, java.util.function.Function<DemoData.ConsoleUser, String>> fields, String region) {
        List<String> args = new ArrayList<>();
        List<DemoData.ConsoleUser> users = DemoData.consoleUsers(region);
        for (int i = 0; i < users.size(); i++) {
            DemoData.ConsoleUser user = users.get(i);
            String prefix = "--" + property + "[" + i + "].";
            fields.forEach((field, value) -> args.add(prefix + field + "=" + value.apply(user)));
            args.add(prefix + "roles=" + String.join(",", user.roles()));
            if (user.agency() != null) {
                args.add(prefix + "agency=" + user.agency());
            }
        }
        return args;
    }

    public String consoleUrl() {
        return "http://127.0.0.1:" + ports.get(ConsoleApplication.NAME);
    }

    /** Fails fast, naming the option to change, when a port is taken (often: a Kinerja already running). */
    private static void requireFree(String what, int port, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new IllegalStateException(what + " port " + port + " is in use (is Kinerja already running?); "
                    + "free it or choose another with " + option);
        }
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get(GatewayApplication.NAME);
    }

    /**
     * The gateway's and each service's port; the console's is {@link #consoleUrl()} (it serves pages, no API), the
     * identity provider's {@link #identityUrl()}.
     */
    public Map<String, Integer> ports() {
        Map<String, Integer> api = new LinkedHashMap<>(ports);
        api.remove(ConsoleApplication.NAME);
        api.remove(DevIdentityProvider.NAME);
        return java.util.Collections.unmodifiableMap(api);
    }

    /** The local OpenID Connect provider (the issuer of its tokens). */
    public String identityUrl() {
        return "http://127.0.0.1:" + ports.get(DevIdentityProvider.NAME);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** How a client signs in to the broker as its administrator (tests; the operator's kinerja-kafka command). */
    public Map<String, Object> kafkaAdminClientConfig() {
        return kafka.adminClientConfig();
    }

    public String kafkaAdminPassword() {
        return kafka.adminPassword();
    }

    /** The Kafka password of a principal of this stack (a service, or an agency system agency-<agencyId>). */
    public String kafkaPasswordOf(String principal) {
        return credentials.passwordOf(principal);
    }

    /**
     * Gives an agency's system its Kafka principal, topics and ACLs (what {@code kinerja-kafka add-agency} does in a
     * region's cluster) and returns its password, kept with the stack's other credentials.
     */
    public String addAgencySystem(String agencyId) {
        String password = credentials.passwordOf(KafkaPrincipals.agency(agencyId));
        try (KafkaProvisioner provisioner = provisioner(kafka)) {
            provisioner.provisionAgency(agencyId, password);
        }
        return password;
    }

    public String mongoUri() {
        return mongo.uri();
    }

    /** The key tokens are signed with; tests use it to sign tokens of their own. */
    public String signingKey() {
        return secret;
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        kafka.close();
        mongo.close();
    }

    private static Map<String, Integer> ports(LocalStackOptions options) {
        List<String> names = List.of(GatewayApplication.NAME, RegistryApplication.NAME, PlanningApplication.NAME,
                ReportingApplication.NAME, ScoringApplication.NAME, RewardsApplication.NAME, ConsoleApplication.NAME,
                DevIdentityProvider.NAME, AuditApplication.NAME);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            ports.put(names.get(i), options.freeServicePorts() ? freePort(ports.values()) : options.gatewayPort() + i);
        }
        return ports;
    }

    /**
     * A port free now, outside the ephemeral range (Linux gives client sockets 32768-60999): the servers bind theirs
     * one after another over half a minute, and meanwhile the services open many client connections (Kafka, MongoDB);
     * a port from the ephemeral range could become one of those connections' local port before its server binds it.
     */
    private static int freePort(Collection<Integer> taken) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            if (!taken.contains(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000 on 127.0.0.1");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The keys and issuers the gateway and services trust: the local identity provider's, and the dev tokens'. */
    private static List<String> trustedTokens(String issuer) {
        return List.of("--kinerja.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks",
                "--kinerja.jwt.issuers=" + TRUSTED_ISSUERS + "," + issuer);
    }

    private static String[] args(List<String> common, String... extra) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
