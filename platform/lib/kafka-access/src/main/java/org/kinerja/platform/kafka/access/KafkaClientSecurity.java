package org.kinerja.platform.kafka.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * The client settings that authenticate to a region's cluster: SASL with SCRAM-SHA-512 for every principal but the
 * administrator, who signs in with PLAIN (its credential is in the brokers' configuration, so it exists before any
 * SCRAM credential does). {@code SASL_PLAINTEXT} on the loopback of the local stack and inside a cluster's network;
 * {@code SASL_SSL} wherever the traffic leaves a trusted network.
 *
 * @param protocol            the security protocol: SASL_PLAINTEXT or SASL_SSL
 * @param mechanism           SCRAM-SHA-512 or PLAIN
 * @param username            the principal's name
 * @param password            its secret
 * @param trustedCertificates with SASL_SSL, a PEM file of the CA certificates the brokers' certificates are signed by
 *                            (a Strimzi cluster's own CA, {@code KAFKA_TRUSTED_CERTIFICATES}); null trusts the JVM's
 *                            public CAs
 */
public record KafkaClientSecurity(String protocol, String mechanism, String username, String password,
        Path trustedCertificates) {

    public static final String SCRAM = "SCRAM-SHA-512";
    public static final String PLAIN = "PLAIN";
    public static final String SASL_PLAINTEXT = "SASL_PLAINTEXT";
    public static final String SASL_SSL = "SASL_SSL";

    public KafkaClientSecurity(String protocol, String mechanism, String username, String password) {
        this(protocol, mechanism, username, password, null);
    }

    public KafkaClientSecurity {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a Kafka user name and password are required: nothing connects to "
                    + "Kinerja's Kafka anonymously");
        }
        if (!SCRAM.equals(mechanism) && !PLAIN.equals(mechanism)) {
            throw new IllegalArgumentException("SASL mechanism must be " + SCRAM + " or " + PLAIN + ", got "
                    + mechanism);
        }
        if (trustedCertificates != null && !SASL_SSL.equals(protocol)) {
            throw new IllegalArgumentException("trusted CA certificates (" + trustedCertificates + ") are for "
                    + SASL_SSL + "; the protocol is " + protocol);
        }
        if (trustedCertificates != null && !Files.isReadable(trustedCertificates)) {
            throw new IllegalArgumentException("the trusted CA certificates " + trustedCertificates + " cannot be "
                    + "read: copy the cluster's CA certificate there (KAFKA_TRUSTED_CERTIFICATES)");
        }
    }

    /** The same principal, trusting the brokers' certificates signed by the CAs in this PEM file (null: none). */
    public KafkaClientSecurity trusting(Path certificates) {
        return new KafkaClientSecurity(protocol, mechanism, username, password, certificates);
    }

    public static KafkaClientSecurity scram(String username, String password) {
        return new KafkaClientSecurity(SASL_PLAINTEXT, SCRAM, username, password);
    }

    public static KafkaClientSecurity plain(String username, String password) {
        return new KafkaClientSecurity(SASL_PLAINTEXT, PLAIN, username, password);
    }

    /** The settings for a producer, consumer, admin or Streams client. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol);
        config.put(SaslConfigs.SASL_MECHANISM, mechanism);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig());
        config.putAll(trustConfig());
        return config;
    }

    /** The trust store settings of {@link #trustedCertificates} (PEM, read by the Kafka client); none if absent. */
    public Map<String, Object> trustConfig() {
        if (trustedCertificates == null) {
            return Map.of();
        }
        return Map.of(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM",
                SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, trustedCertificates.toAbsolutePath().toString());
    }

    /** The same with the cluster's address. */
    public Map<String, Object> clientConfig(String bootstrapServers) {
        Map<String, Object> config = clientConfig();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /** The JAAS line of the mechanism's login module, user name and password quoted and escaped. */
    public String jaasConfig() {
        String module = SCRAM.equals(mechanism) ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module + " required username=" + quoted(username) + " password=" + quoted(password) + ";";
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return "KafkaClientSecurity[" + protocol + ", " + mechanism + ", " + username + ", password hidden"
                + (trustedCertificates == null ? "" : ", trusting " + trustedCertificates) + "]";
    }
}
