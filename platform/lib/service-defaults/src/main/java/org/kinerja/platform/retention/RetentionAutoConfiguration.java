package org.kinerja.platform.retention;

import java.time.Clock;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.kinerja.contracts.RetentionPolicy;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.MongoDefaultsAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every service with a MongoDB database sweeps its collections by the retention policy (the region's file, else the
 * platform's default); a service the policy erases nothing of only checks that the policy is valid at start-up, so a
 * broken policy stops the deployment instead of being ignored.
 */
@AutoConfiguration(after = MongoDefaultsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoDatabase.class)
public class RetentionAutoConfiguration {

    /** The sweep, scheduled on a thread of its own (a long sweep never holds up the outbox relay). */
    @Bean
    RetentionSweep retentionSweep(MongoDatabase database, KinerjaProperties properties, MeterRegistry meters,
            Clock clock, @Value("${spring.application.name}") String service,
            @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        RetentionSweep sweep = new RetentionSweep(database, RetentionPolicy.standardOr(properties.retention()
                .policy()), service, clock, ZoneId.of(zone), meters);
        sweep.schedule(properties.retention().firstSweep(), properties.retention().sweepInterval());
        return sweep;
    }
}
