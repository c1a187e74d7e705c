package org.kinerja.scoring.adapter.in.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Materialises scoring.scores.v1 into the MongoDB read model behind the query API. */
@Component
class ScoreViewListener {

    private final ScoreView view;

    ScoreViewListener(ScoreView view) {
        this.view = view;
    }

    @KafkaListener(id = "scoring-score-view", topics = Topics.SCORES)
    void on(ConsumerRecord<String, byte[]> record) {
        view.upsert(CloudEventRecords.readData(record, EventType.SCORE_UPDATED, ScoreUpdated.class));
    }
}
