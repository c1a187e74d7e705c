package org.kinerja.platform.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every service the same defaults, at the lowest precedence so a service's own file, the environment or the
 * command line can still change any of them. Environment variables named in the README map onto Spring properties here.
 */
public class KinerjaDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "kinerjaDefaults";

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("kinerja.region", "${REGION:local}"),
            Map.entry("kinerja.jwt-secret", "${KINERJA_JWT_SECRET:}"),
            Map.entry("kinerja.jwt.issuers", "${KINERJA_JWT_ISSUERS:kinerja-dev}"),
            Map.entry("kinerja.jwt.audience", "${KINERJA_JWT_AUDIENCE:kinerja}"),
            Map.entry("kinerja.jwt.max-lifetime", "${KINERJA_JWT_MAX_LIFETIME:12h}"),
            Map.entry("kinerja.jwt.jwk-set-uri", "${KINERJA_JWT_JWK_SET_URI:}"),
            Map.entry("kinerja.topic-partitions", "${KINERJA_TOPIC_PARTITIONS:3}"),
            Map.entry("kinerja.topic-replicas", "${KINERJA_TOPIC_REPLICAS:1}"),
            Map.entry("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}"),
            // Each service signs in as its own principal (platform.kafka.KafkaCredentials); nothing is anonymous.
            Map.entry("kinerja.kafka.username", "${KAFKA_USERNAME:}"),
            Map.entry("kinerja.kafka.password", "${KAFKA_PASSWORD:}"),
            Map.entry("kinerja.kafka.mechanism", "${KAFKA_SASL_MECHANISM:SCRAM-SHA-512}"),
            Map.entry("kinerja.kafka.security-protocol", "${KAFKA_SECURITY_PROTOCOL:SASL_PLAINTEXT}"),
            Map.entry("kinerja.kafka.trusted-certificates", "${KAFKA_TRUSTED_CERTIFICATES:}"),
            // Idempotent producer that waits for every in-sync replica: no duplicates from retries, no lost acks.
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            Map.entry("spring.kafka.producer.properties.linger.ms", "5"),
            Map.entry("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer"),
            Map.entry("spring.kafka.producer.value-serializer",
                    "org.apache.kafka.common.serialization.ByteArraySerializer"),
            Map.entry("spring.kafka.consumer.key-deserializer",
                    "org.apache.kafka.common.serialization.StringDeserializer"),
            Map.entry("spring.kafka.consumer.value-deserializer",
                    "org.apache.kafka.common.serialization.ByteArrayDeserializer"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            // scoring writes with exactly-once transactions: never read what an aborted transaction wrote.
            Map.entry("spring.kafka.consumer.isolation-level", "read-committed"),
            Map.entry("spring.kafka.consumer.group-id", "${spring.application.name}-${kinerja.region}"),
            Map.entry("spring.mongodb.uri", "${MONGODB_URI:mongodb://localhost:27017}"),
            Map.entry("spring.mongodb.database", "${MONGODB_DATABASE:kinerja-${spring.application.name}}"),
            Map.entry("server.port", "${PORT:8080}"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            // The gateway keeps its connections to a service open and reuses them: a connection Tomcat closes after
            // its 100th request (its default) fails the request the gateway was just sending on it.
            Map.entry("server.tomcat.max-keep-alive-requests", "-1"),
            Map.entry("server.tomcat.keep-alive-timeout", "60s"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            // Health details (databases, brokers, disk) only to the region's administrator; everyone else sees UP/DOWN.
            Map.entry("management.endpoint.health.show-details", "when-authorized"),
            Map.entry("management.endpoint.health.roles", "ADMIN"),
            Map.entry("springdoc.api-docs.path", "/v3/api-docs"),
            // The API description is public on purpose (it documents the contract, not data).
            Map.entry("springdoc.api-docs.enabled", "true"),
            Map.entry("springdoc.swagger-ui.enabled", "true"),
            Map.entry("kinerja.api.public-url", "${KINERJA_PUBLIC_URL:http://127.0.0.1:8080}"),
            Map.entry("spring.threads.virtual.enabled", "false"),
            // Traces cross Kafka: the template writes and listeners read the W3C traceparent header, so one trace
            // (and the trace id in every log line) follows a report from the gateway to the accepted-reports topic.
            Map.entry("spring.kafka.template.observation-enabled", "true"),
            Map.entry("spring.kafka.listener.observation-enabled", "true"),
            Map.entry("management.tracing.sampling.probability", "${KINERJA_TRACE_SAMPLING:1.0}"),
            // Services are servlet applications; where the gateway shares their classpath (the one-JVM local
            // stack) its auto-configuration must stay out of them.
            Map.entry("spring.cloud.gateway.server.webflux.enabled", "false"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
    }
}
