package org.kinerja.reporting.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.reporting.adapter.out.mongo.MongoActivityView;
import org.kinerja.reporting.adapter.out.mongo.MongoReportingDirectory;
import org.kinerja.reporting.application.AcceptSubmission;
import org.kinerja.reporting.application.ActivityView;
import org.kinerja.reporting.application.ReportMetrics;
import org.kinerja.reporting.application.ReportValidation;
import org.kinerja.reporting.application.ReportingDirectory;
import org.kinerja.reporting.application.SubmitActivity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

    @Bean
    ReportingDirectory reportingDirectory(MongoDatabase database) {
        return new MongoReportingDirectory(database);
    }

    @Bean
    ActivityView activityView(MongoDatabase database) {
        return new MongoActivityView(database);
    }

    @Bean
    ReportValidation reportValidation(ReportingDirectory directory) {
        return new ReportValidation(directory, Clock.systemUTC());
    }

    @Bean
    ReportMetrics reportMetrics(MeterRegistry meters) {
        return new ReportMetrics(meters);
    }

    @Bean
    SubmitActivity submitActivity(ReportValidation validation, EventPublisher publisher, ReportMetrics metrics) {
        return new SubmitActivity(validation, publisher, metrics, Clock.systemUTC());
    }

    @Bean
    AcceptSubmission acceptSubmission(ReportValidation validation, EventPublisher publisher, ReportMetrics metrics) {
        return new AcceptSubmission(validation, publisher, metrics);
    }
}
