package org.kinerja.platform.kafka;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.events.PoisonRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka defaults of every service: the topics exist, events are published through {@link EventPublisher}, and a
 * listener failure is handled one of four ways. Poison records go to {@code <topic>.DLT} at once with the reason in
 * headers; transient failures (database or broker away) retry the same record with a capped back-off until it
 * succeeds, so nothing good is dead-lettered; refusals that may only mean "not yet" (a record that arrived before the
 * event it depends on) retry for about 15 s and are then dead-lettered with their reason; anything else retries twice
 * and is then dead-lettered, so one bad record never blocks its partition for long.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KinerjaProperties.class)
public class KafkaDefaultsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaDefaultsAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters,
            @Value("${spring.application.name}") String serviceName) {
        return new EventPublisher(kafka, meters, serviceName);
    }

    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters,
            @Value("${spring.application.name}") String serviceName) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        // The reason header says what is wrong; a Java stack trace says nothing to an agency and leaks internals.
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        recoverer.setHeadersFunction((record, failure) -> {
            String reason = DeadLetterReasons.reason(failure);
            log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
            meters.counter("kinerja." + serviceName + ".dead.letters", "topic", record.topic(),
                    "kind", DeadLetterReasons.kind(failure)).increment();
            return DeadLetterReasons.headers(failure);
        });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
        handler.setBackOffFunction((record, failure) -> {
            if (TransientFailures.isTransient(failure)) {
                return transientBackOff();
            }
            return DeadLetterReasons.kind(failure).equals("refused") ? lateEventBackOff() : null;
        });
        handler.addNotRetryableExceptions(PoisonRecordException.class);
        return handler;
    }

    /** 1, 2, 4 and 8 s: long enough for a projection to catch up with another topic, short enough not to stall. */
    static BackOff lateEventBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxAttempts(4);
        return backOff;
    }

    /** Waits longer and longer, up to 30 s between tries, and never gives up. */
    static BackOff transientBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    @Bean
    KafkaAdmin.NewTopics kinerjaTopics(KinerjaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Topics.ALL) {
            TopicBuilder topic = TopicBuilder.name(name).partitions(properties.topicPartitions())
                    .replicas(properties.topicReplicas());
            if (Topics.COMPACTED.contains(name)) {
                topic.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            topics.add(topic.build());
            topics.add(TopicBuilder.name(Topics.deadLetter(name)).partitions(1)
                    .replicas(properties.topicReplicas()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
