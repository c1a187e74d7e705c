package org.kinerja.rewards.adapter.in.kafka;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Periods;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.EmployeeChanged;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.contracts.events.FeedbackGiven;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.AgencyPublisher;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.DecodedPoll;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.kafka.PollProjection;
import org.kinerja.platform.parking.Awaited;
import org.kinerja.platform.parking.ParkingLot;
import org.kinerja.rewards.application.AcceptAttendance;
import org.kinerja.rewards.application.ApplyFollowUpRules;
import org.kinerja.rewards.application.EmployeeDirectory;
import org.kinerja.rewards.application.TppLedger;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.kinerja.rewards.domain.JfLevel;
import org.kinerja.rewards.domain.PositionType;
import org.kinerja.rewards.domain.Predicate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What the TPP and angka kredit follow: scoring's current scores, the registry's employees, the penilai's BerAKHLAK
 * scores in feedback, and agencies' attendance facts.
 */
@Component
class RewardsInputsListener {

    private final TppLedger ledger;
    private final EmployeeDirectory directory;
    private final AcceptAttendance attendance;
    private final ApplyFollowUpRules rules;
    private final ParkingLot parking;

    /** The parking lane of attendance facts that name an employee not known yet. */
    static final String ATTENDANCE = "rewards-attendance";

    RewardsInputsListener(TppLedger ledger, EmployeeDirectory directory, AcceptAttendance attendance,
            ApplyFollowUpRules rules, ParkingLot parking) {
        this.ledger = ledger;
        this.directory = directory;
        this.attendance = attendance;
        this.rules = rules;
        this.parking = parking;
        parking.lane(ATTENDANCE, ParkingLot.Lane.of(this::acceptAttendance));
    }

    /**
     * A poll at a time: each employee's period once, at its newest score (TPP, predicates, rewards and training needs
     * follow the newest score; each version supersedes the ones before it). One consumer by default: behind a
     * burst its polls are large and coalesce well, which on two cores costs less than following at once with three
     * (measured); with cores to spare, {@code kinerja.kafka.follow-up-consumers} (up to the partitions) adds
     * consumers, each partition still read in order.
     */
    @KafkaListener(id = "rewards-scores", topics = Topics.SCORES, batch = "true",
            concurrency = "${kinerja.kafka.follow-up-consumers:1}")
    void onScores(@Decoded(EventType.SCORE_UPDATED) DecodedPoll<ScoreUpdated> poll) {
        poll.project(scores -> PollProjection.newestPerKey(scores, s -> s.employeeId() + ":" + s.period(),
                        ScoreUpdated::version).forEach(this::onScore));
    }

    private void onScore(ScoreUpdated score) {
        List<BigDecimal> capaian = score.indicators().stream().map(ScoreUpdated.IndicatorScore::capaian).toList();
        if (Periods.isMonth(score.period())) {
            ledger.onScore(score.employeeId(), score.period(), score.period(), score.version(), capaian);
        } else if (Periods.isQuarter(score.period())) {
            for (String month : Periods.monthsOf(score.period())) {
                ledger.onScore(score.employeeId(), month, score.period(), score.version(), capaian);
            }
        } else if (score.predicate() != null) {
            ledger.onAnnualPredicate(score.employeeId(), Integer.parseInt(score.period()),
                    Predicate.valueOf(score.predicate()),
                    score.version());
        }
        rules.onScore(score);
    }

    /** Scoring's word on a unit's distribution pattern: the evidence the unit's rewards of the period stand on. */
    @KafkaListener(id = "rewards-distribution", topics = Topics.DISTRIBUTION)
    void onDistribution(@Decoded(EventType.DISTRIBUTION_CHANGED) DistributionChanged distribution) {
        rules.onDistribution(distribution);
    }

    @KafkaListener(id = "rewards-employees", topics = Topics.EMPLOYEES)
    void onEmployee(@Decoded({EventType.EMPLOYEE_REGISTERED, EventType.EMPLOYEE_CHANGED}) ReceivedEvent event) {
        EmployeeProfile profile = event.data() instanceof EmployeeRegistered e
                ? new EmployeeProfile(e.employeeId(), e.name(), e.agencyId(), e.unitId(),
                        PositionType.ofEvent(e.positionType()), JfLevel.ofEvent(e.jfLevel()), e.penilaiId(),
                        e.atasanPenilaiId(), true, 1)
                : profileOf(event.data(EmployeeChanged.class));
        if (directory.save(profile)) {
            ledger.onProfile(profile.employeeId());
        }
        parking.release(Awaited.employee(profile.employeeId()));
    }

    @KafkaListener(id = "rewards-feedback", topics = Topics.FEEDBACK)
    void onFeedback(@Decoded(value = EventType.FEEDBACK_GIVEN, othersOnTheTopic = true)
            Optional<ReceivedEvent> feedback) {
        feedback.map(event -> event.data(FeedbackGiven.class))
                .filter(f -> f.score() != null && f.behaviour() != null && "SUPERVISOR".equals(f.kind())
                        && Periods.isMonth(f.period()))
                .ifPresent(f -> {
                    ledger.onBehaviour(f.employeeId(), f.period(), f.behaviour(), f.score(), f.feedbackId(),
                            f.givenAt());
                    if ("KOMPETEN".equals(f.behaviour())) {
                        rules.onKompeten(f.employeeId(), f.period(), f.score());
                    }
                });
    }

    /** Every agency's attendance topic; the agency is the topic's (only its principal may write it). */
    @KafkaListener(id = "rewards-attendance", topicPattern = Topics.ATTENDANCE_PATTERN,
            properties = "metadata.max.age.ms=${kinerja.kafka.agency-topics-refresh:30000}")
    void onAttendance(ConsumerRecord<String, byte[]> record) {
        parking.admit(ATTENDANCE, record);
    }

    private void acceptAttendance(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.read(record,
                List.of(EventType.ATTENDANCE_DAY_RECORDED));
        attendance.accept(AgencyPublisher.of(Topics.ATTENDANCE, record.topic(), event), event);
    }

    private static EmployeeProfile profileOf(EmployeeChanged e) {
        return new EmployeeProfile(e.employeeId(), e.name(), e.agencyId(), e.unitId(),
                PositionType.ofEvent(e.positionType()), JfLevel.ofEvent(e.jfLevel()), e.penilaiId(),
                e.atasanPenilaiId(), e.active(), e.version());
    }
}
