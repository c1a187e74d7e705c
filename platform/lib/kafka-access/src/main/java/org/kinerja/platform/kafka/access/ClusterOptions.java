package org.kinerja.platform.kafka.access;

import picocli.CommandLine.Option;

/**
 * Where the region's cluster is and how a command-line tool speaks to it: the options every Kinerja command that
 * connects to Kafka shares ({@code kinerja-kafka}, {@code kinerja-audit}), each with its environment variable, as a
 * picocli mixin. Who signs in (the administrator, a service's principal) is each command's own option.
 */
public final class ClusterOptions {

    @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "the region's cluster (env KAFKA_BOOTSTRAP_SERVERS; default ${DEFAULT-VALUE})")
    String bootstrapServers;

    @Option(names = "--security-protocol", defaultValue = "${env:KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}",
            description = "SASL_PLAINTEXT or SASL_SSL (env KAFKA_SECURITY_PROTOCOL; default ${DEFAULT-VALUE})")
    String protocol;

    @Option(names = "--trusted-certificates", defaultValue = "${env:KAFKA_TRUSTED_CERTIFICATES}",
            description = "with SASL_SSL, a PEM file of the CA certificates that signed the brokers' (a Strimzi "
                    + "cluster's CA; env KAFKA_TRUSTED_CERTIFICATES; default: the JVM's public CAs)")
    java.nio.file.Path trustedCertificates;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The client configuration of {@code user} signing in with {@code mechanism} and {@code password}. */
    public java.util.Map<String, Object> clientConfig(String mechanism, String user, String password) {
        return new KafkaClientSecurity(protocol, mechanism, user, password, trustedCertificates)
                .clientConfig(bootstrapServers);
    }
}
