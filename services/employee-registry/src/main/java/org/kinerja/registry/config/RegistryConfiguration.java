package org.kinerja.registry.config;

import java.time.Clock;
import java.util.concurrent.Executor;

import com.mongodb.client.MongoDatabase;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.OutboxCollection;
import org.kinerja.registry.adapter.out.mongo.MongoImportJobStore;
import org.kinerja.registry.adapter.out.mongo.MongoRegistryStore;
import org.kinerja.registry.application.ImportEmployees;
import org.kinerja.registry.application.ImportJobStore;
import org.kinerja.registry.application.ManageEmployee;
import org.kinerja.registry.application.PenilaiReassessment;
import org.kinerja.registry.application.RegisterEmployee;
import org.kinerja.registry.application.RegisterOrganisation;
import org.kinerja.registry.application.RegistryStore;
import org.kinerja.registry.application.SetRegionalLeadership;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
public class RegistryConfiguration {

    /** The platform's one clock (service-defaults), read by every use case. */
    private final Clock clock;

    RegistryConfiguration(Clock clock) {
        this.clock = clock;
    }


    @Bean
    RegistryStore registryStore(MongoDatabase database) {
        return new MongoRegistryStore(database);
    }

    @Bean
    RegisterOrganisation registerOrganisation(RegistryStore store, KinerjaProperties properties) {
        return new RegisterOrganisation(store, properties.region(), clock);
    }

    @Bean
    PenilaiReassessment penilaiReassessment(RegistryStore store, KinerjaProperties properties) {
        return new PenilaiReassessment(store, properties.region(), clock);
    }

    @Bean
    RegisterEmployee registerEmployee(RegistryStore store, PenilaiReassessment penilai, KinerjaProperties properties) {
        return new RegisterEmployee(store, penilai, properties.region(), clock);
    }

    @Bean
    ManageEmployee manageEmployee(RegistryStore store, PenilaiReassessment penilai, KinerjaProperties properties) {
        return new ManageEmployee(store, penilai, properties.region(), clock);
    }

    /** One import at a time per instance: registration within an agency's tree is order-sensitive (unit heads). */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor employeeImportExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("employee-import-");
        executor.initialize();
        return executor;
    }

    @Bean
    ImportJobStore importJobStore(MongoDatabase database) {
        return new MongoImportJobStore(database);
    }

    @Bean
    ImportEmployees importEmployees(RegisterEmployee register, RegistryStore store, ImportJobStore jobs,
            ThreadPoolTaskExecutor employeeImportExecutor) {
        Executor executor = employeeImportExecutor;
        return new ImportEmployees(register, store, jobs, executor, clock);
    }

    @Bean
    SetRegionalLeadership setRegionalLeadership(RegistryStore store, PenilaiReassessment penilai,
            KinerjaProperties properties) {
        return new SetRegionalLeadership(store, penilai, properties.region(), clock);
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

    @Bean
    OutboxCollection leadershipOutbox() {
        return new OutboxCollection(MongoRegistryStore.LEADERSHIP);
    }
}
