package org.kinerja.rewards.config;

import java.time.Clock;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.mongo.OutboxCollection;
import org.kinerja.rewards.adapter.out.mongo.MongoEmployeeDirectory;
import org.kinerja.rewards.adapter.out.mongo.MongoFollowUpRulesStore;
import org.kinerja.rewards.adapter.out.mongo.MongoFollowUpStore;
import org.kinerja.rewards.adapter.out.mongo.MongoPolicyStore;
import org.kinerja.rewards.adapter.out.mongo.MongoTppStore;
import org.kinerja.rewards.adapter.out.pdf.PdfCertificate;
import org.kinerja.rewards.application.AcceptAttendance;
import org.kinerja.rewards.application.ApplyFollowUpRules;
import org.kinerja.rewards.application.CoachingCases;
import org.kinerja.rewards.application.EmployeeDirectory;
import org.kinerja.rewards.application.FollowUpStore;
import org.kinerja.rewards.application.IssueCertificate;
import org.kinerja.rewards.application.PolicyBook;
import org.kinerja.rewards.application.RecordFollowUp;
import org.kinerja.rewards.application.RegionSummary;
import org.kinerja.rewards.application.RewardDecisions;
import org.kinerja.rewards.application.TppLedger;
import org.kinerja.rewards.application.TrainingNeedsRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RewardsConfiguration {

    /** The platform's one clock (service-defaults), read by every use case. */
    private final Clock clock;

    RewardsConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Bean
    FollowUpStore followUpStore(MongoDatabase database) {
        return new MongoFollowUpStore(database);
    }

    @Bean
    RecordFollowUp recordFollowUp(FollowUpStore store, KinerjaProperties properties) {
        return new RecordFollowUp(store, properties.region(), clock);
    }

    @Bean
    OutboxCollection followUpsOutbox() {
        return new OutboxCollection(MongoFollowUpStore.FOLLOW_UPS);
    }

    /** The region's policies; the domain brief's defaults are put in force as version 1 on a fresh database. */
    @Bean
    PolicyBook policyBook(MongoDatabase database, KinerjaProperties properties) {
        PolicyBook book = new PolicyBook(new MongoPolicyStore(database), properties.region(), clock);
        book.ensureDefaults();
        return book;
    }

    @Bean
    EmployeeDirectory employeeDirectory(MongoDatabase database) {
        return new MongoEmployeeDirectory(database);
    }

    @Bean
    MongoTppStore tppStore(MongoDatabase database) {
        return new MongoTppStore(database);
    }

    @Bean
    MongoFollowUpRulesStore followUpRulesStore(MongoDatabase database) {
        return new MongoFollowUpRulesStore(database);
    }

    @Bean
    TppLedger tppLedger(MongoTppStore store, EmployeeDirectory directory, PolicyBook policies,
            KinerjaProperties properties, @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        // The region's day decides which attendance days are over.
        return new TppLedger(store, directory, policies, properties.region(), clock.withZone(ZoneId.of(zone)));
    }

    @Bean
    RegionSummary regionSummary(MongoFollowUpRulesStore rules, MongoTppStore tpp) {
        return new RegionSummary(rules, tpp, clock);
    }

    /** Attendance days are judged in the region's time zone (KINERJA_TIME_ZONE, Asia/Makassar by default). */
    @Bean
    AcceptAttendance acceptAttendance(EmployeeDirectory directory, TppLedger ledger,
            @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        return new AcceptAttendance(directory, ledger, clock, ZoneId.of(zone));
    }

    @Bean
    RewardDecisions rewardDecisions(MongoFollowUpRulesStore store, PolicyBook policies, KinerjaProperties properties) {
        return new RewardDecisions(store, policies, properties.region(), clock);
    }

    @Bean
    CoachingCases coachingCases(MongoFollowUpRulesStore store, EmployeeDirectory directory,
            KinerjaProperties properties,
            @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        return new CoachingCases(store, directory, properties.region(), clock, ZoneId.of(zone));
    }

    @Bean
    TrainingNeedsRule trainingNeedsRule(MongoFollowUpRulesStore store, KinerjaProperties properties) {
        return new TrainingNeedsRule(store, properties.region(), clock);
    }

    @Bean
    ApplyFollowUpRules applyFollowUpRules(MongoFollowUpRulesStore store, EmployeeDirectory directory,
            PolicyBook policies, RewardDecisions rewards, CoachingCases coaching, TrainingNeedsRule training) {
        return new ApplyFollowUpRules(store, directory, policies, rewards, coaching, training, clock);
    }

    @Bean
    IssueCertificate issueCertificate(ApplyFollowUpRules rules, EmployeeDirectory directory,
            KinerjaProperties properties, @Value("${kinerja.time-zone:${KINERJA_TIME_ZONE:Asia/Makassar}}") String zone) {
        return new IssueCertificate(rules, directory, new PdfCertificate(), properties.region(), ZoneId.of(zone));
    }

    @Bean
    OutboxCollection rewardsOutbox() {
        return new OutboxCollection(MongoFollowUpRulesStore.REWARDS);
    }

    @Bean
    OutboxCollection coachingCasesOutbox() {
        return new OutboxCollection(MongoFollowUpRulesStore.CASES);
    }

    @Bean
    OutboxCollection trainingNeedsOutbox() {
        return new OutboxCollection(MongoFollowUpRulesStore.NEEDS);
    }

    @Bean
    OutboxCollection policiesOutbox() {
        return new OutboxCollection(MongoPolicyStore.POLICIES);
    }

    @Bean
    OutboxCollection pinsOutbox() {
        return new OutboxCollection(MongoPolicyStore.PINS);
    }

    @Bean
    OutboxCollection tppMonthsOutbox() {
        return new OutboxCollection(MongoTppStore.MONTHS);
    }

    @Bean
    OutboxCollection angkaKreditOutbox() {
        return new OutboxCollection(MongoTppStore.YEARS);
    }
}
