package org.kinerja.scoring.config;

import java.math.BigDecimal;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.kinerja.contracts.Periods;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.scoring.adapter.in.kafka.topology.ScoringMetrics;
import org.kinerja.scoring.adapter.in.kafka.topology.ScoringOutputs;
import org.kinerja.scoring.adapter.in.kafka.topology.ScoringTopology;
import org.kinerja.scoring.adapter.out.mongo.MongoScoreView;
import org.kinerja.scoring.application.ScoreView;
import org.kinerja.scoring.domain.AnnualProposal;
import org.kinerja.scoring.domain.CapaianSource;
import org.kinerja.scoring.domain.ScoringPolicy;
import org.kinerja.scoring.domain.UnitFlagPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The Kafka Streams application (configured by spring.kafka.streams.* in scoring.yml) and the read model. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class ScoringConfiguration {

    /** Marker bean: its creation adds the scoring topology to the application's StreamsBuilder. */
    public record ScoringTopologyBuilt(String region) {
    }

    /**
     * The region's scoring policy: cadence (KINERJA_EVALUATION_CADENCE, as reporting), whether the legacy numeric
     * score is used (KINERJA_LEGACY_SCORE), when a unit is flagged (KINERJA_FLAG_MIN_AVERAGE_CAPAIAN,
     * KINERJA_FLAG_MAX_BELOW_BAIK_PERCENT) and how the annual evaluation is proposed (KINERJA_ANNUAL_PROPOSAL:
     * LAST_PERIOD or MOST_FREQUENT) and where an indicator's realisation comes from unless its plan says
     * (KINERJA_CAPAIAN_SOURCE: DAILY_REPORTS, REALISASI or REALISASI_WHERE_PRESENT).
     */
    @Bean
    ScoringPolicy scoringPolicy(
            @Value("${kinerja.scoring.evaluation-cadence:${KINERJA_EVALUATION_CADENCE:MONTHLY}}") Periods.Cadence cadence,
            @Value("${kinerja.scoring.legacy-score:${KINERJA_LEGACY_SCORE:false}}") boolean legacyScore,
            @Value("${kinerja.scoring.flag.min-average-capaian:${KINERJA_FLAG_MIN_AVERAGE_CAPAIAN:90}}")
            BigDecimal minAverageCapaian,
            @Value("${kinerja.scoring.flag.max-below-baik-percent:${KINERJA_FLAG_MAX_BELOW_BAIK_PERCENT:30}}")
            BigDecimal maxBelowBaikPercent,
            @Value("${kinerja.scoring.annual-proposal:${KINERJA_ANNUAL_PROPOSAL:LAST_PERIOD}}")
            AnnualProposal.Rule annualRule,
            @Value("${kinerja.scoring.capaian-source:${KINERJA_CAPAIAN_SOURCE:DAILY_REPORTS}}")
            CapaianSource capaianSource) {
        return ScoringPolicy.DEFAULT.withCadence(cadence).withLegacyScore(legacyScore)
                .withUnitFlag(new UnitFlagPolicy(minAverageCapaian, maxBelowBaikPercent)).withAnnualRule(annualRule)
                .withCapaianSource(capaianSource);
    }

    /** Live, or a rebuild into its own application id, topics and read model (KINERJA_SCORING_REBUILD=tag). */
    @Bean
    ScoringOutputs scoringOutputs(@Value("${kinerja.scoring.rebuild:${KINERJA_SCORING_REBUILD:}}") String rebuildTag) {
        return new ScoringOutputs(rebuildTag);
    }

    @Bean
    ScoringTopologyBuilt scoringTopology(StreamsBuilder builder, KinerjaProperties properties, MeterRegistry meters,
            ScoringPolicy policy, ScoringOutputs outputs) {
        ScoringTopology.build(builder, policy, properties.region(), new ScoringMetrics(meters), outputs);
        return new ScoringTopologyBuilt(properties.region());
    }

    /**
     * A crashed stream thread is replaced: with exactly-once it resumes from the last committed state. A rebuild runs
     * under its own application id, so it starts from offset 0 with empty state.
     */
    @Bean
    StreamsBuilderFactoryBeanConfigurer scoringStreams(ScoringOutputs outputs) {
        return factory -> {
            factory.setStreamsUncaughtExceptionHandler(
                    failure -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD);
            Properties config = new Properties();
            config.putAll(factory.getStreamsConfiguration());
            config.put(StreamsConfig.APPLICATION_ID_CONFIG,
                    outputs.name(config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)));
            factory.setStreamsConfiguration(config);
        };
    }

    /** A rebuild's output topics, as the live ones: same partitions, scores and unit scores compacted. */
    @Bean
    KafkaAdmin.NewTopics rebuildTopics(ScoringOutputs outputs, KinerjaProperties properties) {
        if (!outputs.rebuilding()) {
            return new KafkaAdmin.NewTopics();
        }
        return new KafkaAdmin.NewTopics(outputs.outputs().stream().map(name -> {
            TopicBuilder topic = TopicBuilder.name(name).partitions(properties.topicPartitions())
                    .replicas(properties.topicReplicas());
            if (name.equals(outputs.scores()) || name.equals(outputs.units())) {
                topic.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            return topic.build();
        }).toArray(NewTopic[]::new));
    }

    /** The read model; a rebuild writes its own database beside the live one ({@code <database>-rebuild-<tag>}). */
    @Bean
    ScoreView scoreView(MongoClient client, MongoDatabase database, ScoringOutputs outputs) {
        return new MongoScoreView(outputs.rebuilding() ? client.getDatabase(outputs.name(database.getName()))
                : database);
    }
}
