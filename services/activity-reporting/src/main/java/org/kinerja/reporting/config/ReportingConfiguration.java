package org.kinerja.reporting.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.kinerja.contracts.Periods;
import org.kinerja.platform.events.EventPublisher;
import org.kinerja.platform.mongo.OutboxCollection;
import org.kinerja.reporting.adapter.out.cache.CachedReportingDirectory;
import org.kinerja.reporting.adapter.out.kafka.KafkaActivityEvents;
import org.kinerja.reporting.adapter.out.mongo.MongoActivityView;
import org.kinerja.reporting.adapter.out.mongo.MongoEvaluationStore;
import org.kinerja.reporting.adapter.out.mongo.MongoObjectionStore;
import org.kinerja.reporting.adapter.out.mongo.MongoRealisationView;
import org.kinerja.reporting.adapter.out.mongo.MongoRefusedSubmissions;
import org.kinerja.reporting.adapter.out.mongo.MongoReportingDirectory;
import org.kinerja.reporting.adapter.out.mongo.MongoSatisfactionStore;
import org.kinerja.reporting.application.AcceptSubmission;
import org.kinerja.reporting.application.ActivityEvents;
import org.kinerja.reporting.application.ActivityView;
import org.kinerja.reporting.application.CorrectActivity;
import org.kinerja.reporting.application.EvaluationStore;
import org.kinerja.reporting.application.ManageEvaluation;
import org.kinerja.reporting.application.ManageObjection;
import org.kinerja.reporting.application.PenilaiStaff;
import org.kinerja.reporting.application.RecordPublicSatisfaction;
import org.kinerja.reporting.application.RefusedSubmissions;
import org.kinerja.reporting.application.ReportMetrics;
import org.kinerja.reporting.application.ReportRealisation;
import org.kinerja.reporting.application.ReportValidation;
import org.kinerja.reporting.application.ReportingDirectory;
import org.kinerja.reporting.application.SubmitActivity;
import org.kinerja.reporting.domain.EvaluationWindow;
import org.kinerja.reporting.domain.EvidencePolicy;
import org.kinerja.reporting.domain.UpheldObjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

    /** The platform's one clock (service-defaults), read by every use case. */
    private final Clock clock;

    ReportingConfiguration(Clock clock) {
        this.clock = clock;
    }

    /** The projections in MongoDB, read through a short-lived cache (the intake looks them up for every record). */
    @Bean
    ReportingDirectory reportingDirectory(MongoDatabase database) {
        return new CachedReportingDirectory(new MongoReportingDirectory(database));
    }

    @Bean
    ActivityView activityView(MongoDatabase database) {
        return new MongoActivityView(database);
    }

    /**
     * Which evidence the region requires (KINERJA_EVIDENCE_REQUIRED: NONE, REALISATIONS or ALL; an indicator's plan
     * may require it on its own).
     */
    @Bean
    EvidencePolicy evidencePolicy(
            @Value("${kinerja.reporting.evidence-required:${KINERJA_EVIDENCE_REQUIRED:NONE}}") EvidencePolicy policy) {
        return policy;
    }

    /** The cap on a day's logged work, in minutes (KINERJA_MAX_MINUTES_PER_DAY, default 450 = 7.5 hours). */
    @Bean
    ReportValidation reportValidation(ReportingDirectory directory, ActivityView view, EvidencePolicy evidence,
            @Value("${kinerja.reporting.max-minutes-per-day:${KINERJA_MAX_MINUTES_PER_DAY:450}}") long cap) {
        return new ReportValidation(directory, view, cap, evidence, clock);
    }

    @Bean
    EvaluationStore evaluationStore(MongoDatabase database) {
        return new MongoEvaluationStore(database);
    }

    @Bean
    ManageEvaluation manageEvaluation(EvaluationStore store, ReportingDirectory directory,
            @Value("${kinerja.reporting.evaluation-cadence:${KINERJA_EVALUATION_CADENCE:MONTHLY}}")
            Periods.Cadence cadence,
            @Value("${kinerja.reporting.rating-window-days:${KINERJA_RATING_WINDOW_DAYS:5}}") int periodicWindow,
            @Value("${kinerja.reporting.annual-rating-window-days:${KINERJA_ANNUAL_RATING_WINDOW_DAYS:31}}")
            int annualWindow,
            @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone,
            @Value("${kinerja.scoring.legacy-score:${KINERJA_LEGACY_SCORE:false}}") boolean numericMode) {
        // "Today" is the region's day: a month's evaluation opens at the region's midnight, not UTC's.
        return new ManageEvaluation(store, directory, cadence, new EvaluationWindow(periodicWindow, annualWindow),
                numericMode, Clock.system(java.time.ZoneId.of(zone)));
    }

    @Bean
    OutboxCollection evaluationPeriodsOutbox() {
        return new OutboxCollection(MongoEvaluationStore.PERIODS);
    }

    @Bean
    ManageObjection.ObjectionStore objectionStore(MongoDatabase database) {
        return new MongoObjectionStore(database);
    }

    @Bean
    ManageObjection manageObjection(ManageObjection.ObjectionStore objections, EvaluationStore evaluations,
            ManageEvaluation evaluation, ReportingDirectory directory,
            @Value("${kinerja.reporting.upheld-objection:${KINERJA_UPHELD_OBJECTION:REOPEN}}") UpheldObjection upheld) {
        return new ManageObjection(objections, evaluations, evaluation, directory, upheld, clock);
    }

    @Bean
    PenilaiStaff penilaiStaff(ReportingDirectory directory, EvaluationStore evaluations,
            ManageObjection.ObjectionStore objections, ActivityView activities) {
        return new PenilaiStaff(directory, evaluations, objections, activities);
    }

    @Bean
    OutboxCollection objectionsOutbox() {
        return new OutboxCollection(MongoObjectionStore.OBJECTIONS);
    }

    @Bean
    RecordPublicSatisfaction recordPublicSatisfaction(MongoDatabase database, ReportingDirectory directory) {
        return new RecordPublicSatisfaction(new MongoSatisfactionStore(database), directory, clock);
    }

    @Bean
    RefusedSubmissions refusedSubmissions(MongoDatabase database) {
        return new RefusedSubmissions(new MongoRefusedSubmissions(database));
    }

    @Bean
    OutboxCollection surveysOutbox() {
        return new OutboxCollection(MongoSatisfactionStore.SURVEYS);
    }

    @Bean
    OutboxCollection feedbackOutbox() {
        return new OutboxCollection(MongoEvaluationStore.FEEDBACK);
    }

    /** The accepted-reports stream the use cases publish to (the port, on Kafka). */
    @Bean
    ActivityEvents activityEvents(EventPublisher publisher) {
        return new KafkaActivityEvents(publisher);
    }

    @Bean
    ReportRealisation.RealisationView realisationView(MongoDatabase database) {
        return new MongoRealisationView(database);
    }

    @Bean
    ReportRealisation reportRealisation(ReportingDirectory directory, ReportRealisation.RealisationView view,
            ActivityEvents events, EvidencePolicy evidence) {
        return new ReportRealisation(directory, view, events, evidence, clock);
    }

    @Bean
    CorrectActivity correctActivity(ActivityView view, ActivityEvents events) {
        return new CorrectActivity(view, events, clock);
    }

    @Bean
    ReportMetrics reportMetrics(MeterRegistry meters) {
        return new ReportMetrics(meters);
    }

    @Bean
    SubmitActivity submitActivity(ReportValidation validation, ActivityEvents events, ActivityView view,
            ReportMetrics metrics) {
        return new SubmitActivity(validation, events, view, metrics, clock);
    }

    @Bean
    AcceptSubmission acceptSubmission(ReportValidation validation, ActivityView view,
            ReportRealisation realisations, ActivityEvents events, ReportMetrics metrics) {
        return new AcceptSubmission(validation, view, realisations, events, metrics, clock);
    }
}
