package org.kinerja.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.mock.env.MockEnvironment;

/** How a service's Kafka settings become every one of its clients' (producers, consumers, admin, Kafka Streams). */
class KafkaCredentialsTest {

    private static MockEnvironment service(String protocol, String trustedCertificates) {
        return new MockEnvironment().withProperty("kinerja.kafka.username", "rewards")
                .withProperty("kinerja.kafka.password", "pw-rewards")
                .withProperty("kinerja.kafka.security-protocol", protocol)
                .withProperty("kinerja.kafka.trusted-certificates", trustedCertificates);
    }

    @Test
    void overTlsEveryClientTrustsTheClustersCa(@TempDir Path folder) throws Exception {
        Path ca = Files.writeString(folder.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----\n");
        KafkaProperties kafka = new KafkaProperties();
        KafkaCredentials.from(service("SASL_SSL", ca.toString())).applyTo(kafka);
        assertThat(kafka.getSecurity().getProtocol()).isEqualTo("SASL_SSL");
        assertThat(kafka.getProperties()).containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", ca.toAbsolutePath().toString())
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(kafka.buildStreamsProperties()).containsEntry("ssl.truststore.location",
                ca.toAbsolutePath().toString());
    }

    @Test
    void withoutACaFileTheJvmsPublicCasAreTrusted() {
        KafkaProperties kafka = new KafkaProperties();
        KafkaCredentials.from(service("SASL_SSL", "")).applyTo(kafka);
        assertThat(kafka.getProperties()).doesNotContainKey("ssl.truststore.location");
    }

    @Test
    void aCaFileThatIsNotThereStopsTheServiceWithTheReason(@TempDir Path folder) {
        assertThatThrownBy(() -> KafkaCredentials.from(service("SASL_SSL", folder.resolve("missing.crt").toString()))
                .applyTo(new KafkaProperties())).hasMessageContaining("cannot be read")
                .hasMessageContaining("KAFKA_TRUSTED_CERTIFICATES");
    }
}
