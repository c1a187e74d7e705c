package org.kinerja.platform.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.embedded.EmbeddedKafkaBroker;

/**
 * The trust boundary on a real broker secured as every deployment is (SASL, StandardAuthorizer) and provisioned by
 * {@link KafkaProvisioner}: nobody connects anonymously, an agency's principal writes only its own topics, nobody but
 * scoring writes a score, analytics reads the evaluation topics and nothing else.
 */
class KafkaAccessTest {

    private static EmbeddedKafkaBroker broker;
    private static KafkaProvisioner provisioner;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "kafka-access-");
        broker = EmbeddedKafkaBroker.start(dir, 0);
        provisioner = new KafkaProvisioner(broker.adminClientConfig(), TopicPlan.SINGLE_BROKER);
        Map<String, String> passwords = new HashMap<>();
        ServiceAccess.ALL.forEach(s -> passwords.put(s.principal(), "pw-" + s.principal()));
        provisioner.provisionPlatform(passwords);
        provisioner.provisionAgency("dinkes", "pw-dinkes");
        provisioner.provisionAgency("dinkes-mmj", "pw-dinkes-mmj");
        provisioner.provisionAnalytics("bps", "pw-bps");
    }

    @AfterAll
    static void stop() {
        provisioner.close();
        broker.close();
    }

    @Test
    void anAnonymousClientIsRefused() {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", broker.bootstrapServers(),
                "default.api.timeout.ms", 4000, "request.timeout.ms", 2000);
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS)).isNotNull();
        }
        assertThatThrownBy(() -> send(Map.of("bootstrap.servers", broker.bootstrapServers()),
                Topics.activitySubmissions("dinkes"))).isNotNull();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> send(scram(KafkaPrincipals.agency("dinkes"), "not-the-password"),
                Topics.activitySubmissions("dinkes"))).hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void anAgencyWritesItsOwnTopicsOnly() throws Exception {
        Map<String, Object> dinkes = scram("agency-dinkes", "pw-dinkes");
        send(dinkes, Topics.activitySubmissions("dinkes"));
        send(dinkes, Topics.attendance("dinkes"));
        // Not the agency whose id begins with its own, not the accepted reports, no score, no registry record.
        for (String topic : List.of(Topics.activitySubmissions("dinkes-mmj"), Topics.attendance("dinkes-mmj"),
                Topics.ACTIVITIES, Topics.SCORES, Topics.EMPLOYEES, Topics.deadLetter(Topics.activitySubmissions(
                        "dinkes")))) {
            assertThatThrownBy(() -> send(dinkes, topic)).as(topic)
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void anAgencyReadsItsOwnRefusalsOnly() {
        Map<String, Object> dinkes = scram("agency-dinkes", "pw-dinkes");
        read(dinkes, "agency-dinkes", Topics.deadLetter(Topics.activitySubmissions("dinkes")));
        assertThatThrownBy(() -> read(dinkes, "agency-dinkes",
                Topics.deadLetter(Topics.activitySubmissions("dinkes-mmj"))))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> read(dinkes, "agency-dinkes", Topics.EMPLOYEES))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> read(dinkes, "agency-dinkes-mmj",
                Topics.deadLetter(Topics.activitySubmissions("dinkes"))))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void onlyScoringWritesAScore() throws Exception {
        send(scram("scoring", "pw-scoring"), Topics.SCORES);
        for (String service : List.of("activity-reporting", "rewards", "employee-registry", "target-planning")) {
            assertThatThrownBy(() -> send(scram(service, "pw-" + service), Topics.SCORES)).as(service)
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        // A principal that may write nothing at all is refused even the idempotent producer's id.
        assertThatThrownBy(() -> send(scram("analytics-bps", "pw-bps"), Topics.SCORES))
                .hasRootCauseInstanceOf(AuthorizationException.class);
    }

    @Test
    void eachServiceWritesItsOwnTopicsAndNoOneElses() throws Exception {
        for (ServiceAccess service : ServiceAccess.ALL) {
            Map<String, Object> client = scram(service.principal(), "pw-" + service.principal());
            for (String topic : Topics.ALL) {
                if (service.writes().contains(topic)) {
                    send(client, topic);
                } else {
                    assertThatThrownBy(() -> send(client, topic)).as(service.principal() + " -> " + topic)
                            .hasRootCauseInstanceOf(TopicAuthorizationException.class);
                }
            }
        }
        assertThatThrownBy(() -> send(scram("activity-reporting", "pw-activity-reporting"),
                Topics.activitySubmissions("dinkes"))).hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void analyticsReadsTheEvaluationTopicsAndNothingElse() {
        Map<String, Object> bps = scram("analytics-bps", "pw-bps");
        AccessPolicy.ANALYTICS_TOPICS.forEach(topic -> read(bps, "analytics-bps", topic));
        for (String topic : List.of(Topics.EMPLOYEES, Topics.PLANS, Topics.ACTIVITIES, Topics.OUTCOMES,
                Topics.FEEDBACK)) {
            assertThatThrownBy(() -> read(bps, "analytics-bps", topic)).as(topic)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void eachTopicKeepsWhatTheRetentionPolicySaysAndCurrentStateIsCompacted() throws Exception {
        try (Admin admin = Admin.create(broker.adminClientConfig())) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.ACTIVITIES),
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.EMPLOYEES),
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.SCORES),
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.activitySubmissions("dinkes"))))
                    .all().get(30, TimeUnit.SECONDS);
            // daily reports: a year, the three months to its closing and five years, at their longest
            assertThat(value(configs, Topics.ACTIVITIES, "retention.ms"))
                    .isEqualTo(String.valueOf(Duration.ofDays(366 + 93 + 5 * 366).toMillis()));
            assertThat(value(configs, Topics.EMPLOYEES, "retention.ms")).isEqualTo("-1");
            assertThat(value(configs, Topics.SCORES, "cleanup.policy")).isEqualTo("compact");
            assertThat(value(configs, Topics.activitySubmissions("dinkes"), "retention.ms"))
                    .isEqualTo(String.valueOf(Duration.ofDays(7).toMillis()));
        }
    }

    @Test
    void provisioningAgainChangesNothingAndARotatedPasswordReplacesTheOld() throws Exception {
        provisioner.provisionAgency("dinkes-rotated", "first");
        send(scram("agency-dinkes-rotated", "first"), Topics.activitySubmissions("dinkes-rotated"));
        provisioner.upsertUser("agency-dinkes-rotated", "second");
        send(scram("agency-dinkes-rotated", "second"), Topics.activitySubmissions("dinkes-rotated"));
        assertThatThrownBy(() -> send(scram("agency-dinkes-rotated", "first"),
                Topics.activitySubmissions("dinkes-rotated"))).hasRootCauseInstanceOf(SaslAuthenticationException.class);
        int before = provisioner.acls("agency-dinkes-rotated").size();
        provisioner.provisionAgency("dinkes-rotated", "second");
        assertThat(provisioner.acls("agency-dinkes-rotated")).hasSize(before);
        provisioner.revoke("agency-dinkes-rotated");
        assertThat(provisioner.acls("agency-dinkes-rotated")).isEmpty();
        assertThatThrownBy(() -> send(scram("agency-dinkes-rotated", "second"),
                Topics.activitySubmissions("dinkes-rotated"))).hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void theOperatorsCommandAddsAnAgencySystemThatCanPublishAtOnce() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KinerjaKafkaCommand.class.getName(), "add-agency",
                "dishub-smg", "--bootstrap-servers", broker.bootstrapServers()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("KAFKA_ADMIN_PASSWORD");

        ProcessBuilder withPassword = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), KinerjaKafkaCommand.class.getName(),
                "add-agency", "dishub-smg", "--bootstrap-servers", broker.bootstrapServers())
                .redirectErrorStream(true);
        withPassword.environment().put("KAFKA_ADMIN_PASSWORD", broker.adminPassword());
        Process added = withPassword.start();
        String printed = new String(added.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(added.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(added.exitValue()).as(printed).isZero();
        String password = printed.lines().filter(l -> l.strip().startsWith("password")).findFirst().orElseThrow()
                .strip().substring("password".length()).strip();
        send(scram("agency-dishub-smg", password), Topics.activitySubmissions("dishub-smg"));
        assertThat(printed).contains("reporting.activity-submissions.v1.dishub-smg");
    }

    @Test
    void aTopicWithWeakerSettingsIsFoundByTheAuditAndFixedByProvisioning() throws Exception {
        assertThat(provisioner.audit()).isEmpty();
        try (Admin admin = Admin.create(broker.adminClientConfig())) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.PLANS), List.of(
                    new AlterConfigOp(new ConfigEntry("retention.ms", "604800000"), AlterConfigOp.OpType.SET)),
                    new ConfigResource(ConfigResource.Type.TOPIC, Topics.SCORES), List.of(new AlterConfigOp(
                            new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET)))).all()
                    .get(10, TimeUnit.SECONDS);
        }
        assertThat(provisioner.audit()).extracting(Object::toString).containsExactlyInAnyOrder(
                Topics.PLANS + ": retention.ms is 604800000, planned -1",
                Topics.SCORES + ": cleanup.policy is delete, planned compact");

        provisioner.ensurePlatformTopics();
        assertThat(provisioner.audit()).isEmpty();
    }

    @Test
    void aServiceAuditsTheTopicsItUsesAsItself() throws Exception {
        try (Admin admin = Admin.create(scram("activity-reporting", "pw-activity-reporting"))) {
            List<TopicPlan.TopicSpec> used = TopicAudit.usedBy(ServiceAccess.ACTIVITY_REPORTING,
                    TopicPlan.SINGLE_BROKER, List.of(Topics.activitySubmissions("dinkes"),
                            Topics.deadLetter(Topics.activitySubmissions("dinkes")), Topics.attendance("dinkes")));
            assertThat(used).extracting(TopicPlan.TopicSpec::name).contains(Topics.ACTIVITIES, Topics.PLANS,
                    Topics.deadLetter(Topics.PLANS), Topics.activitySubmissions("dinkes"),
                    Topics.deadLetter(Topics.activitySubmissions("dinkes"))).doesNotContain(Topics.attendance("dinkes"),
                    Topics.SCORES);
            java.util.Set<String> onBroker = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(TopicAudit.audit(admin, onBroker, used, (short) 1)).isEmpty();
        }
    }

    private static String value(Map<ConfigResource, Config> configs, String topic, String name) {
        return configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic)).get(name).value();
    }

    private static Map<String, Object> scram(String user, String password) {
        return KafkaClientSecurity.scram(user, password).clientConfig(broker.bootstrapServers());
    }

    private static void send(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "{}".getBytes(StandardCharsets.UTF_8)))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    private static void read(Map<String, Object> client, String group, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && consumer.assignment().isEmpty()) {
                ConsumerRecords<String, byte[]> ignored = consumer.poll(Duration.ofMillis(200));
            }
            assertThat(consumer.assignment()).as("assigned " + topic).isNotEmpty();
        }
    }
}
