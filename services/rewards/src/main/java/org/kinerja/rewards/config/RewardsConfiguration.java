package org.kinerja.rewards.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.OutboxCollection;
import org.kinerja.rewards.adapter.out.mongo.MongoFollowUpStore;
import org.kinerja.rewards.application.FollowUpStore;
import org.kinerja.rewards.application.RecordFollowUp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RewardsConfiguration {

    @Bean
    FollowUpStore followUpStore(MongoDatabase database) {
        return new MongoFollowUpStore(database);
    }

    @Bean
    RecordFollowUp recordFollowUp(FollowUpStore store, KinerjaProperties properties) {
        return new RecordFollowUp(store, properties.region(), Clock.systemUTC());
    }

    @Bean
    OutboxCollection followUpsOutbox() {
        return new OutboxCollection(MongoFollowUpStore.FOLLOW_UPS);
    }
}
