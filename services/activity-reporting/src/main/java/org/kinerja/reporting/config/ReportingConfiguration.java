package org.kinerja.reporting.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.reporting.adapter.out.mongo.MongoActivityView;
import org.kinerja.reporting.adapter.out.mongo.MongoReportingDirectory;
import org.kinerja.reporting.application.AcceptSubmission;
import org.kinerja.reporting.application.ActivityView;
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
    SubmitActivity submitActivity(ReportValidation validation, EventPublisher publisher) {
        return new SubmitActivity(validation, publisher, Clock.systemUTC());
    }

    @Bean
    AcceptSubmission acceptSubmission(ReportValidation validation, EventPublisher publisher) {
        return new AcceptSubmission(validation, publisher);
    }
}
