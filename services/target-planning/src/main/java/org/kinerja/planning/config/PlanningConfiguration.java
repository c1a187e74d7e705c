package org.kinerja.planning.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.kinerja.planning.adapter.out.mongo.MongoEmployeeDirectory;
import org.kinerja.planning.adapter.out.mongo.MongoOrganisationPlanStore;
import org.kinerja.planning.adapter.out.mongo.MongoPlanStore;
import org.kinerja.planning.application.CascadeCheck;
import org.kinerja.planning.application.EmployeeDirectory;
import org.kinerja.planning.application.ManageOrganisation;
import org.kinerja.planning.application.ManagePlans;
import org.kinerja.planning.application.OrganisationPlanStore;
import org.kinerja.planning.application.PlanStore;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.OutboxCollection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PlanningConfiguration {

    /** The platform's one clock (service-defaults), read by every use case. */
    private final Clock clock;

    PlanningConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Bean
    PlanStore planStore(MongoDatabase database) {
        return new MongoPlanStore(database);
    }

    @Bean
    EmployeeDirectory employeeDirectory(MongoDatabase database) {
        return new MongoEmployeeDirectory(database);
    }

    @Bean
    OrganisationPlanStore organisationPlanStore(MongoDatabase database) {
        return new MongoOrganisationPlanStore(database);
    }

    /** Whether every RHK must name the RHK it supports (KINERJA_REQUIRE_CASCADING, per region; off by default). */
    @Bean
    CascadeCheck cascadeCheck(PlanStore plans, OrganisationPlanStore organisation,
            @Value("${kinerja.planning.require-cascading:${KINERJA_REQUIRE_CASCADING:false}}") boolean required) {
        return new CascadeCheck(plans, organisation, required);
    }

    @Bean
    ManagePlans managePlans(PlanStore plans, EmployeeDirectory employees, CascadeCheck cascade,
            KinerjaProperties properties) {
        return new ManagePlans(plans, employees, cascade, properties.region(), clock);
    }

    @Bean
    ManageOrganisation manageOrganisation(OrganisationPlanStore store, EmployeeDirectory employees,
            KinerjaProperties properties) {
        return new ManageOrganisation(store, employees, properties.region(), clock);
    }

    @Bean
    OutboxCollection agreementsOutbox() {
        return new OutboxCollection(MongoOrganisationPlanStore.AGREEMENTS);
    }

    @Bean
    OutboxCollection predicatesOutbox() {
        return new OutboxCollection(MongoOrganisationPlanStore.PREDICATES);
    }

    @Bean
    OutboxCollection sakipOutbox() {
        return new OutboxCollection(MongoOrganisationPlanStore.SAKIP);
    }

    @Bean
    OutboxCollection plansOutbox() {
        return new OutboxCollection(MongoPlanStore.PLANS);
    }
}
