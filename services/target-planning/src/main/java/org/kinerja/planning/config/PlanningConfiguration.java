package org.kinerja.planning.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.kinerja.planning.adapter.out.mongo.MongoEmployeeDirectory;
import org.kinerja.planning.adapter.out.mongo.MongoPlanStore;
import org.kinerja.planning.application.EmployeeDirectory;
import org.kinerja.planning.application.ManagePlans;
import org.kinerja.planning.application.PlanStore;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlanningConfiguration {

    @Bean
    PlanStore planStore(MongoDatabase database) {
        return new MongoPlanStore(database);
    }

    @Bean
    EmployeeDirectory employeeDirectory(MongoDatabase database) {
        return new MongoEmployeeDirectory(database);
    }

    @Bean
    ManagePlans managePlans(PlanStore plans, EmployeeDirectory employees, KinerjaProperties properties) {
        return new ManagePlans(plans, employees, properties.region(), Clock.systemUTC());
    }

    @Bean
    OutboxCollection plansOutbox() {
        return new OutboxCollection(MongoPlanStore.PLANS);
    }
}
