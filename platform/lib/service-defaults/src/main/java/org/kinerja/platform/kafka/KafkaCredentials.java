package org.kinerja.platform.kafka;

import java.nio.file.Path;

import org.apache.kafka.common.config.SaslConfigs;
import org.kinerja.platform.kafka.access.KafkaClientSecurity;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;

/**
 * The service's own Kafka principal: {@code KAFKA_USERNAME} (its name, e.g. {@code activity-reporting}) and
 * {@code KAFKA_PASSWORD}, over {@code KAFKA_SECURITY_PROTOCOL} (SASL_PLAINTEXT by default, SASL_SSL where traffic
 * leaves a trusted network) with {@code KAFKA_SASL_MECHANISM} (SCRAM-SHA-512 by default). The region's cluster refuses
 * anonymous clients, and the principal's ACLs allow the service only its own topics (platform/lib/kafka-access).
 *
 * @param username         the principal (kinerja.kafka.username)
 * @param password         its password (kinerja.kafka.password)
 * @param mechanism        the SASL mechanism (kinerja.kafka.mechanism)
 * @param securityProtocol the security protocol (kinerja.kafka.security-protocol); a protocol without SASL is for
 *                         an operator who authenticates clients otherwise (mutual TLS) and takes no credentials
 * @param trustedCertificates with SASL_SSL, the PEM file of the CA that signed the brokers' certificates
 *                         ({@code KAFKA_TRUSTED_CERTIFICATES}, kinerja.kafka.trusted-certificates; blank: the JVM's
 *                         public CAs)
 */
record KafkaCredentials(String username, String password, String mechanism, String securityProtocol,
        String trustedCertificates) {

    static KafkaCredentials from(Environment environment) {
        Binder binder = Binder.get(environment);
        return new KafkaCredentials(
                binder.bind("kinerja.kafka.username", String.class).orElse(""),
                binder.bind("kinerja.kafka.password", String.class).orElse(""),
                binder.bind("kinerja.kafka.mechanism", String.class).orElse(KafkaClientSecurity.SCRAM),
                binder.bind("kinerja.kafka.security-protocol", String.class).orElse(KafkaClientSecurity.SASL_PLAINTEXT),
                binder.bind("kinerja.kafka.trusted-certificates", String.class).orElse(""));
    }

    boolean sasl() {
        return securityProtocol.startsWith("SASL_");
    }

    /** Puts the credentials where every Kafka client of the service takes its settings from. */
    void applyTo(KafkaProperties kafka) {
        kafka.getSecurity().setProtocol(securityProtocol);
        if (!sasl()) {
            return;
        }
        if (username.isBlank() || password.isEmpty()) {
            throw new IllegalStateException("KAFKA_USERNAME and KAFKA_PASSWORD (kinerja.kafka.username/password) "
                    + "must name this service's Kafka principal: the region's cluster accepts no anonymous client "
                    + "(see the README's Security section, and kinerja-kafka provision)");
        }
        KafkaClientSecurity security = new KafkaClientSecurity(securityProtocol, mechanism, username, password,
                trustedCertificates.isBlank() ? null : Path.of(trustedCertificates));
        kafka.getProperties().put(SaslConfigs.SASL_MECHANISM, mechanism);
        kafka.getProperties().put(SaslConfigs.SASL_JAAS_CONFIG, security.jaasConfig());
        // every client of the service (producers, consumers, admin, Kafka Streams) takes the common properties
        security.trustConfig().forEach((key, value) -> kafka.getProperties().put(key, String.valueOf(value)));
    }
}
