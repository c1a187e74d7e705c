package org.kinerja.registry.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.OutboxCollection;
import org.kinerja.registry.adapter.out.mongo.MongoRegistryStore;
import org.kinerja.registry.application.RegisterEmployee;
import org.kinerja.registry.application.RegisterOrganisation;
import org.kinerja.registry.application.RegistryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RegistryConfiguration {

    @Bean
    RegistryStore registryStore(MongoDatabase database) {
        return new MongoRegistryStore(database);
    }

    @Bean
    RegisterOrganisation registerOrganisation(RegistryStore store, KinerjaProperties properties) {
        return new RegisterOrganisation(store, properties.region(), Clock.systemUTC());
    }

    @Bean
    RegisterEmployee registerEmployee(RegistryStore store, KinerjaProperties properties) {
        return new RegisterEmployee(store, properties.region(), Clock.systemUTC());
    }

    @Bean
    OutboxCollection regionsOutbox() {
        return new OutboxCollection(MongoRegistryStore.REGIONS);
    }

    @Bean
    OutboxCollection unitsOutbox() {
        return new OutboxCollection(MongoRegistryStore.UNITS);
    }

    @Bean
    OutboxCollection employeesOutbox() {
        return new OutboxCollection(MongoRegistryStore.EMPLOYEES);
    }
}
