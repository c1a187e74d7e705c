package org.kinerja.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.RetryableRefusalException;
import org.kinerja.platform.kafka.access.ServiceAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.BatchMessageConverter;
import org.springframework.kafka.support.converter.BatchMessagingMessageConverter;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
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
 *
 * <p>Services do not create topics: the region's administrator provisions them with their retention and ACLs
 * ({@code kinerja-kafka provision}, platform/lib/kafka-access), and a service's principal may not create them anyway.
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

    /**
     * The listener containers' converters keep each consumed record in the message (its raw-data header), where
     * {@link DecodedEventResolver} reads a {@link org.kinerja.platform.events.Decoded} parameter's events from.
     */
    @Bean
    @ConditionalOnMissingBean
    RecordMessageConverter kafkaRecordMessageConverter() {
        MessagingMessageConverter converter = new MessagingMessageConverter();
        converter.setRawRecordHeader(true);
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    BatchMessageConverter kafkaBatchMessageConverter(RecordMessageConverter records) {
        BatchMessagingMessageConverter converter = new BatchMessagingMessageConverter(records);
        converter.setRawRecordHeader(true);
        return converter;
    }

    /** Every {@code @KafkaListener} of the service may take {@link org.kinerja.platform.events.Decoded} events. */
    @Bean
    KafkaListenerConfigurer decodedEvents() {
        return registrar -> registrar.setCustomMethodArgumentResolvers(new DecodedEventResolver());
    }

    /**
     * Sends a record to its topic's dead-letter topic with the reason (and, for records that waited in the parking lot,
     * after the wait); used by the error handler and by {@link org.kinerja.platform.parking.ParkingLot}.
     */
    @Bean
    @ConditionalOnMissingBean
    DeadLetterPublishingRecoverer kafkaDeadLetters(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters,
            @Value("${spring.application.name}") String serviceName) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        // The reason header says what is wrong; exception classes, listener signatures, stack traces and consumer
        // groups say nothing to an agency and leak internals. Where the record came from (topic, partition, offset,
        // time) stays.
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EXCEPTION,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_CAUSE,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.GROUP);
        recoverer.setHeadersFunction((record, failure) -> {
            String reason = DeadLetterReasons.reason(failure);
            log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
            meters.counter("kinerja." + serviceName + ".dead.letters", "topic", record.topic(),
                    "kind", DeadLetterReasons.kind(failure)).increment();
            return DeadLetterReasons.headers(failure);
        });
        return recoverer;
    }

    /**
     * Poison records and refusals go to the DLT at once; only transient failures (the broker or MongoDB away) are
     * retried in place, since then no record behind could be processed either. A record that may be early is not
     * retried here: listeners hand it to the parking lot, which waits for it without holding the partition.
     */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaErrorHandler(DeadLetterPublishingRecoverer deadLetters) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, new FixedBackOff(500, 2));
        handler.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure)
                ? transientBackOff() : null);
        handler.addNotRetryableExceptions(PoisonRecordException.class, RetryableRefusalException.class);
        return handler;
    }

    /** The start-up audit of the settings of the topics this service uses (not for a service outside the plan). */
    @Bean
    @ConditionalOnProperty(name = "kinerja.kafka.check-topic-settings", havingValue = "true", matchIfMissing = true)
    TopicSettingsCheck topicSettingsCheck(KafkaAdmin kafkaAdmin, KinerjaProperties properties, MeterRegistry meters,
            @Value("${spring.application.name}") String serviceName) {
        return ServiceAccess.of(serviceName).map(service -> new TopicSettingsCheck(service,
                kafkaAdmin.getConfigurationProperties(), properties, meters)).orElse(null);
    }

    /** Waits longer and longer, up to 30 s between tries, and never gives up. */
    static BackOff transientBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    /**
     * Every client of the service (producers, consumers, the admin client, Kafka Streams) signs in as the service's
     * own principal; see {@link KafkaCredentials}.
     */
    @Bean
    static BeanPostProcessor kafkaCredentials(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof KafkaProperties kafka) {
                    KafkaCredentials.from(environment).applyTo(kafka);
                }
                return bean;
            }
        };
    }
}
