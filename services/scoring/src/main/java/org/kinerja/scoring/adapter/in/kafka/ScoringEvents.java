package org.kinerja.scoring.adapter.in.kafka;

import java.time.Instant;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.scoring.domain.PeriodScore;

/** scoring's outputs as contract events; ids derive from employee, period and version, so a replay repeats them. */
final class ScoringEvents {

    private final String source;

    ScoringEvents(String region) {
        this.source = "/services/scoring/" + region;
    }

    OutgoingEvent scoreUpdated(PeriodScore score, Instant time) {
        ScoreUpdated data = new ScoreUpdated(score.employeeId(), score.regionId(), score.agencyId(), score.unitId(),
                score.period(), score.version(), score.proposedHasilKerja().name(), score.averageCapaian(),
                score.indicators().stream().map(i -> new ScoreUpdated.IndicatorScore(i.indicatorId(),
                        i.utama() ? "UTAMA" : "TAMBAHAN", i.target(), i.realisation(), i.capaian(), i.band().name(),
                        i.reportCount())).toList());
        return OutgoingEvent.of(EventType.SCORE_UPDATED, id("score", score), source,
                Topics.scoreKey(score.employeeId(), score.period()), score.employeeId(), time, data);
    }

    OutgoingEvent evaluationUpdated(PeriodScore score, Instant time) {
        EvaluationUpdated data = new EvaluationUpdated(score.employeeId(), score.regionId(), score.agencyId(),
                score.unitId(), score.period(), score.version(), score.proposedHasilKerja().name(),
                score.averageCapaian(), score.indicators().size());
        return OutgoingEvent.of(EventType.EVALUATION_UPDATED, id("evaluation", score), source, score.employeeId(),
                score.employeeId(), time, data);
    }

    private static String id(String kind, PeriodScore score) {
        return kind + ":" + score.employeeId() + ":" + score.period() + ":" + score.version();
    }
}
