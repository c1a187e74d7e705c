package org.kinerja.platform.kafka.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.embedded.EmbeddedKafkaBroker;

/**
 * SASL over TLS as the services and agencies speak to a Strimzi cluster: the brokers' certificate is signed by the
 * cluster's own CA, which a client trusts through the PEM file {@code KAFKA_TRUSTED_CERTIFICATES} names. A real broker
 * with a TLS listener, its key and certificate made by the JDK's keytool.
 */
class KafkaTlsTest {

    private static final String PASSWORD = "broker-key-password";
    private static Path folder;
    private static Path clusterCa;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "kafka-tls-");
        Path keyStore = folder.resolve("broker.p12");
        clusterCa = folder.resolve("cluster-ca.crt");
        selfSigned(keyStore, clusterCa, "kinerja-test-cluster");
        broker = EmbeddedKafkaBroker.start(folder.resolve("broker"), 0, Map.of(),
                new EmbeddedKafkaBroker.TlsListener(keyStore, PASSWORD));
        try (KafkaProvisioner provisioner = new KafkaProvisioner(broker.adminClientConfig(),
                TopicPlan.SINGLE_BROKER)) {
            provisioner.provisionAgency("dinkes", "pw-dinkes");
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aClientTrustingTheClustersCaWritesOverTls() throws Exception {
        KafkaClientSecurity agency = new KafkaClientSecurity(KafkaClientSecurity.SASL_SSL, KafkaClientSecurity.SCRAM,
                "agency-dinkes", "pw-dinkes").trusting(clusterCa);
        Map<String, Object> config = agency.clientConfig(broker.tlsBootstrapServers());
        assertThat(config).containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", clusterCa.toAbsolutePath().toString());
        RecordMetadata written = send(config, Topics.activitySubmissions("dinkes"));
        assertThat(written.offset()).isNotNegative();
    }

    @Test
    void withoutTheClustersCaTheHandshakeFails() {
        KafkaClientSecurity publicCasOnly = new KafkaClientSecurity(KafkaClientSecurity.SASL_SSL,
                KafkaClientSecurity.SCRAM, "agency-dinkes", "pw-dinkes");
        assertThatThrownBy(() -> send(publicCasOnly.clientConfig(broker.tlsBootstrapServers()),
                Topics.activitySubmissions("dinkes"))).satisfies(failure -> assertThat(causes(failure))
                        .as("the JVM's public CAs did not sign the cluster's certificate")
                        .anyMatch(SslAuthenticationException.class::isInstance));
    }

    @Test
    void anotherCaIsNotTrusted() throws Exception {
        Path otherCa = folder.resolve("other-ca.crt");
        selfSigned(folder.resolve("other.p12"), otherCa, "someone-else");
        KafkaClientSecurity trustingAnother = new KafkaClientSecurity(KafkaClientSecurity.SASL_SSL,
                KafkaClientSecurity.SCRAM, "agency-dinkes", "pw-dinkes").trusting(otherCa);
        assertThatThrownBy(() -> send(trustingAnother.clientConfig(broker.tlsBootstrapServers()),
                Topics.activitySubmissions("dinkes"))).satisfies(failure -> assertThat(causes(failure))
                        .anyMatch(SslAuthenticationException.class::isInstance));
    }

    @Test
    void aMissingCaFileOrOneWithoutTlsIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> new KafkaClientSecurity(KafkaClientSecurity.SASL_SSL, KafkaClientSecurity.SCRAM,
                "agency-dinkes", "pw-dinkes").trusting(folder.resolve("nowhere.crt")))
                .hasMessageContaining("cannot be read").hasMessageContaining("KAFKA_TRUSTED_CERTIFICATES");
        assertThatThrownBy(() -> KafkaClientSecurity.scram("agency-dinkes", "pw-dinkes").trusting(clusterCa))
                .hasMessageContaining("are for SASL_SSL");
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static RecordMetadata send(Map<String, Object> client, String topic) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 8000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, "k", "{}".getBytes(StandardCharsets.UTF_8)))
                    .get(15, TimeUnit.SECONDS);
        }
    }

    /** A key pair and its self-signed certificate for 127.0.0.1 (a cluster CA of its own), the certificate as PEM. */
    private static void selfSigned(Path keyStore, Path certificatePem, String name)
            throws IOException, InterruptedException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + name, "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        run(keytool, "-exportcert", "-rfc", "-alias", "broker", "-keystore", keyStore.toString(), "-storepass",
                PASSWORD, "-file", certificatePem.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
