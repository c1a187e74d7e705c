package org.kinerja.rewards.adapter.in.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.platform.events.CloudEventRecords;
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

    @KafkaListener(id = "rewards-evaluations", topics = Topics.EVALUATIONS)
    void on(ConsumerRecord<String, byte[]> record) {
        followUps.on(CloudEventRecords.readData(record, EventType.EVALUATION_UPDATED, EvaluationUpdated.class));
    }
}
