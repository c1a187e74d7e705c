package org.kinerja.rewards.adapter.in.kafka;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.DecodedPoll;
import org.kinerja.platform.kafka.PollProjection;
import org.kinerja.rewards.application.RecordFollowUp;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** rewards subscribes to scoring's evaluation stream, like any analytics subscriber would. */
@Component
class EvaluationsListener {

    private final RecordFollowUp followUps;

    EvaluationsListener(RecordFollowUp followUps) {
        this.followUps = followUps;
    }

    /** A poll at a time: each employee's period once, at its newest evaluation (a follow-up follows the newest). */
    @KafkaListener(id = "rewards-evaluations", topics = Topics.EVALUATIONS, batch = "true",
            concurrency = "${kinerja.kafka.follow-up-consumers:1}")
    void on(@Decoded(EventType.EVALUATION_UPDATED) DecodedPoll<EvaluationUpdated> poll) {
        poll.project(evaluations -> PollProjection.newestPerKey(evaluations, e -> e.employeeId() + ":" + e.period(),
                EvaluationUpdated::version).forEach(followUps::on));
    }
}
