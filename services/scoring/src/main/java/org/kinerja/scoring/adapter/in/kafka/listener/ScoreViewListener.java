package org.kinerja.scoring.adapter.in.kafka.listener;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.kafka.PollProjection;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Materialises scoring.scores.v1 and scoring.units.v1 (a rebuild's own copies when rebuilding) into the MongoDB read
 * model behind the query API.
 */
@Component
class ScoreViewListener {

    private final ScoreView view;

    ScoreViewListener(ScoreView view) {
        this.view = view;
    }

    @KafkaListener(id = "#{@scoringOutputs.name('scoring-score-view')}", topics = "#{@scoringOutputs.scores()}",
            batch = "true")
    void onScores(List<ConsumerRecord<String, byte[]>> records) {
        PollProjection.project(records,
                record -> CloudEventRecords.readData(record, EventType.SCORE_UPDATED, ScoreUpdated.class),
                view::upsert);
    }

    @KafkaListener(id = "#{@scoringOutputs.name('scoring-unit-view')}", topics = "#{@scoringOutputs.units()}",
            batch = "true")
    void onUnits(List<ConsumerRecord<String, byte[]>> records) {
        PollProjection.project(records,
                record -> CloudEventRecords.readData(record, EventType.UNIT_SCORE_UPDATED, UnitScoreUpdated.class),
                view::upsertUnits);
    }
}
