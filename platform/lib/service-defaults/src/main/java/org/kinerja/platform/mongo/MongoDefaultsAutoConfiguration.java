package org.kinerja.platform.mongo;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.kafka.KafkaDefaultsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's own MongoDB database, and the outbox relay for the collections that declare an outbox. */
@AutoConfiguration(after = {MongoAutoConfiguration.class, KafkaDefaultsAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
public class MongoDefaultsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.database}") String name) {
        return client.getDatabase(name);
    }

    @Bean
    OutboxRelay outboxRelay(MongoDatabase database, ObjectProvider<OutboxCollection> collections,
            EventPublisher publisher) {
        List<OutboxCollection> declared = collections.orderedStream().toList();
        return new OutboxRelay(database, declared, publisher);
    }
}
