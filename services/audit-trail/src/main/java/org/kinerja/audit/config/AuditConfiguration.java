package org.kinerja.audit.config;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.kinerja.audit.adapter.in.kafka.AuditSettings;
import org.kinerja.audit.adapter.in.kafka.AuditTopology;
import org.kinerja.audit.adapter.out.mongo.MongoAuditTrailStore;
import org.kinerja.audit.application.AuditTrailStore;
import org.kinerja.audit.application.VerifyAuditTrail;
import org.kinerja.audit.domain.AuditKeys;
import org.kinerja.audit.domain.DigestSchedule;
import org.kinerja.platform.config.KinerjaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/** The chain (a Kafka Streams application, configured by spring.kafka.streams.* in audit-trail.yml) and its store. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class AuditConfiguration {

    /** The platform's one clock (service-defaults), read by every use case. */
    private final Clock clock;

    AuditConfiguration(Clock clock) {
        this.clock = clock;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditConfiguration.class);

    /** Marker bean: its creation adds the audit topology to the application's StreamsBuilder. */
    public record AuditTopologyBuilt(String region) {
    }

    /**
     * The signing key (KINERJA_AUDIT_KEY_FILE; created at first start only with KINERJA_AUDIT_GENERATE_KEY=true), the
     * digest period (KINERJA_AUDIT_DIGEST_PERIOD, a day by default) in the region's time zone (KINERJA_TIME_ZONE).
     */
    @Bean
    AuditSettings auditSettings(KinerjaProperties properties,
            @Value("${kinerja.audit.key-file:${KINERJA_AUDIT_KEY_FILE:}}") String keyFile,
            @Value("${kinerja.audit.generate-key:${KINERJA_AUDIT_GENERATE_KEY:false}}") boolean generateKey,
            @Value("${kinerja.audit.digest-period:${KINERJA_AUDIT_DIGEST_PERIOD:P1D}}") Duration digestPeriod,
            @Value("${kinerja.audit.digest-check-interval:${KINERJA_AUDIT_DIGEST_CHECK_INTERVAL:PT1M}}")
            Duration checkInterval,
            @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        if (keyFile.isBlank()) {
            throw new IllegalStateException("KINERJA_AUDIT_KEY_FILE (kinerja.audit.key-file) must name the file of "
                    + "the key that signs the audit trail's digests; see the README's section Audit trail");
        }
        AuditKeys keys = AuditKeyFile.load(Path.of(keyFile), generateKey, properties.region() + "-1");
        // Whoever verifies the digests needs this; it is public (kinerja-audit verify --public-key takes it as is).
        log.info("audit digests are signed with key {}; its public key: {}={}", keys.keyId(), keys.keyId(),
                keys.publicKeyBase64());
        return new AuditSettings(properties.region(), new DigestSchedule(digestPeriod, ZoneId.of(zone)), keys,
                clock, checkInterval);
    }

    /**
     * The public keys digests are verified with: the current one and those of retired keys
     * (KINERJA_AUDIT_RETIRED_KEYS: {@code keyId=base64,...}), so rotating the key never orphans old digests.
     */
    @Bean
    Map<String, PublicKey> auditKeyRing(AuditSettings settings,
            @Value("${kinerja.audit.retired-keys:${KINERJA_AUDIT_RETIRED_KEYS:}}") List<String> retired) {
        Map<String, PublicKey> ring = new LinkedHashMap<>();
        for (String entry : retired) {
            String[] parts = entry.trim().split("=", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("KINERJA_AUDIT_RETIRED_KEYS holds keyId=base64 pairs, got " + entry);
            }
            ring.put(parts[0], AuditKeys.publicKey(parts[1]));
        }
        ring.put(settings.keys().keyId(), settings.keys().publicKey());
        return ring;
    }

    @Bean
    AuditTopologyBuilt auditTopology(StreamsBuilder builder, AuditSettings settings, MeterRegistry meters) {
        AuditTopology.build(builder, settings, meters);
        return new AuditTopologyBuilt(settings.regionId());
    }

    /** A crashed stream thread is replaced: with exactly-once it resumes from the last committed link. */
    @Bean
    StreamsBuilderFactoryBeanConfigurer auditStreams() {
        return factory -> factory.setStreamsUncaughtExceptionHandler(
                failure -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Bean
    AuditTrailStore auditTrailStore(MongoDatabase database) {
        return new MongoAuditTrailStore(database);
    }

    @Bean
    VerifyAuditTrail verifyAuditTrail(AuditTrailStore store, Map<String, PublicKey> auditKeyRing) {
        return new VerifyAuditTrail(store, auditKeyRing);
    }
}
