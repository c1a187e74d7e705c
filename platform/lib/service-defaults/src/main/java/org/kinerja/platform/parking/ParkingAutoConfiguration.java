package org.kinerja.platform.parking;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.kafka.KafkaDefaultsAutoConfiguration;
import org.kinerja.platform.mongo.MongoDefaultsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/** The parking lot for Kafka records that may be early, in the service's own database. */
@AutoConfiguration(after = {KafkaDefaultsAutoConfiguration.class, MongoDefaultsAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ParkingAutoConfiguration {

    @Bean
    ParkingLot parkingLot(MongoDatabase database, DeadLetterPublishingRecoverer deadLetters,
            KinerjaProperties properties, MeterRegistry meters, Clock clock) {
        return new ParkingLot(new ParkingStore(database), deadLetters, properties.parking().maxWait(),
                clock, meters);
    }
}
