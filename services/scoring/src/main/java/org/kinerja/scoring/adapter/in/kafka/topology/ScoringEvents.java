package org.kinerja.scoring.adapter.in.kafka.topology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.DistributionChanged;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.scoring.domain.DistributionCheck;
import org.kinerja.scoring.domain.PeriodScore;
import org.kinerja.scoring.domain.Predicate;
import org.kinerja.scoring.domain.UnitFlagPolicy;
import org.kinerja.scoring.domain.UnitScore;

/**
 * scoring's outputs as contract events. Ids derive from the aggregate, the period and the version, so a replay or a
 * rebuild repeats them and subscribers deduplicate on them.
 */
final class ScoringEvents {

    private final String source;

    ScoringEvents(String region) {
        this.source = "/services/scoring/" + region;
    }

    OutgoingEvent scoreUpdated(PeriodScore score, Instant time) {
        ScoreUpdated data = new ScoreUpdated(score.employeeId(), score.regionId(), score.agencyId(), score.unitId(),
                score.period(), score.version(), score.proposedHasilKerja().name(), score.averageCapaian(),
                score.indicators().stream().map(i -> new ScoreUpdated.IndicatorScore(i.indicatorId(),
                        i.utama() ? "UTAMA" : "TAMBAHAN", i.aspect(), i.target(), i.realisation(), i.capaian(),
                        i.band().name(), i.reportCount())).toList(),
                score.status(), name(score.supervisorHasilKerja()), name(score.hasilKerja()),
                name(score.perilakuKerja()), name(score.predicate()),
                score.legacyScore() == null ? null : new ScoreUpdated.LegacyScore(score.legacyScore().value(),
                        score.legacyScore().band().name()),
                score.locked(), score.lateEvidence(), name(score.headUnitPredicate()),
                score.annualProposal() == null ? null : new ScoreUpdated.AnnualProposal(
                        score.annualProposal().rule().name(), name(score.annualProposal().predicate()),
                        name(score.annualProposal().hasilKerja()), name(score.annualProposal().perilakuKerja()),
                        score.annualProposal().basedOn()));
        return OutgoingEvent.of(EventType.SCORE_UPDATED, id("score", score.employeeId(), score.period(),
                score.version()), source, Topics.scoreKey(score.employeeId(), score.period()), score.employeeId(), time,
                data);
    }

    OutgoingEvent evaluationUpdated(PeriodScore score, Instant time) {
        EvaluationUpdated data = new EvaluationUpdated(score.employeeId(), score.regionId(), score.agencyId(),
                score.unitId(), score.period(), score.version(), score.proposedHasilKerja().name(),
                score.averageCapaian(), score.indicators().size(), score.status(), name(score.hasilKerja()),
                name(score.perilakuKerja()), name(score.predicate()), score.locked(), score.lateEvidence(),
                score.predicate() != null);
        return OutgoingEvent.of(EventType.EVALUATION_UPDATED, id("evaluation", score.employeeId(), score.period(),
                score.version()), source, score.employeeId(), score.employeeId(), time, data);
    }

    OutgoingEvent unitScoreUpdated(UnitScore unit, Instant time) {
        UnitScoreUpdated data = new UnitScoreUpdated(unit.unitId(), unit.agencyId(), unit.regionId(), unit.period(),
                unit.version(), unit.employees(), counts(unit.predicateCounts()), unit.averageCapaian(),
                name(unit.unitPredicate()), name(unit.headHasilKerja()), violationWords(unit),
                !unit.flagReasons().isEmpty(), unit.flagReasons().stream().map(UnitFlagPolicy::words).toList(),
                unit.violations(), unit.flagReasons());
        return OutgoingEvent.of(EventType.UNIT_SCORE_UPDATED, id("unit", unit.unitId(), unit.period(),
                unit.version()), source, Topics.unitScoreKey(unit.unitId(), unit.period()), unit.unitId(), time, data);
    }

    OutgoingEvent distributionChanged(UnitScore unit, Instant time) {
        DistributionChanged data = new DistributionChanged(unit.unitId(), unit.agencyId(), unit.regionId(),
                unit.period(), unit.version(), unit.violations().isEmpty() ? DistributionChanged.CLEARED
                        : DistributionChanged.VIOLATED, name(unit.unitPredicate()), unit.employees(),
                counts(unit.predicateCounts()), violationWords(unit), unit.violations());
        return OutgoingEvent.of(EventType.DISTRIBUTION_CHANGED, id("distribution", unit.unitId(), unit.period(),
                unit.version()), source, unit.unitId(), unit.unitId(), time, data);
    }

    private static List<String> violationWords(UnitScore unit) {
        return unit.violations().stream().map(DistributionCheck::words).toList();
    }

    private static Map<String, Integer> counts(Map<Predicate, Integer> counts) {
        Map<String, Integer> named = new TreeMap<>();
        counts.forEach((predicate, count) -> named.put(predicate.name(), count));
        return named;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String id(String kind, String aggregate, String period, long version) {
        return kind + ":" + aggregate + ":" + period + ":" + version;
    }
}
