package org.kinerja.scoring.config;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.StreamsBuilder;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.scoring.adapter.in.kafka.ScoringMetrics;
import org.kinerja.scoring.adapter.in.kafka.ScoringTopology;
import org.kinerja.scoring.adapter.out.mongo.MongoScoreView;
import org.kinerja.scoring.application.ScoreView;
import org.kinerja.scoring.domain.ScoringPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/** The Kafka Streams application (configured by spring.kafka.streams.* in scoring.yml) and the read model. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
public class ScoringConfiguration {

    /** Marker bean: its creation adds the scoring topology to the application's StreamsBuilder. */
    public record ScoringTopologyBuilt(String region) {
    }

    @Bean
    ScoringTopologyBuilt scoringTopology(StreamsBuilder builder, KinerjaProperties properties, MeterRegistry meters) {
        ScoringTopology.build(builder, ScoringPolicy.DEFAULT, properties.region(), new ScoringMetrics(meters));
        return new ScoringTopologyBuilt(properties.region());
    }

    /** A crashed stream thread is replaced: with exactly-once it resumes from the last committed state. */
    @Bean
    StreamsBuilderFactoryBeanConfigurer replaceCrashedThreads() {
        return factory -> factory.setStreamsUncaughtExceptionHandler(
                failure -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Bean
    ScoreView scoreView(MongoDatabase database) {
        return new MongoScoreView(database);
    }
}
