package org.kinerja.scoring.adapter.in.kafka.listener;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.events.Decoded;
import org.kinerja.platform.events.DecodedPoll;
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
    void onScores(@Decoded(EventType.SCORE_UPDATED) DecodedPoll<ScoreUpdated> poll) {
        poll.project(view::upsert);
    }

    @KafkaListener(id = "#{@scoringOutputs.name('scoring-unit-view')}", topics = "#{@scoringOutputs.units()}",
            batch = "true")
    void onUnits(@Decoded(EventType.UNIT_SCORE_UPDATED) DecodedPoll<UnitScoreUpdated> poll) {
        poll.project(view::upsertUnits);
    }
}
