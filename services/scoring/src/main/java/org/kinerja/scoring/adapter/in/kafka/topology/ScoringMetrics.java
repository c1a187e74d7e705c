package org.kinerja.scoring.adapter.in.kafka.topology;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kinerja.scoring.domain.PeriodScore;

/**
 * What operators watch on scoring: freshness (from a plan or report being written to Kafka to its score being
 * emitted, as a histogram, so p50/p99 and staleness alerts come from it), score updates by proposed rating, and
 * records dead-lettered by the topology.
 */
public class ScoringMetrics {

    private final MeterRegistry meters;
    private final Timer freshness;
    private final Counter deadLetters;

    public ScoringMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.freshness = Timer.builder("kinerja.scoring.freshness")
                .description("time from an input record's timestamp to the score it produced")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(meters);
        this.deadLetters = Counter.builder("kinerja.scoring.dead.letters")
                .description("input records the topology could not read, sent to their DLT").register(meters);
    }

    void scored(PeriodScore score, long inputTimestampMillis, long nowMillis) {
        freshness.record(Duration.ofMillis(Math.max(0, nowMillis - inputTimestampMillis)));
        meters.counter("kinerja.scoring.scores.updated", "rating", score.proposedHasilKerja().name()).increment();
        if (score.predicate() != null) {
            meters.counter("kinerja.scoring.predicates.updated", "predicate", score.predicate().name()).increment();
        }
    }

    void distributionChanged(boolean cleared) {
        meters.counter("kinerja.scoring.distribution.changes", "status", cleared ? "CLEARED" : "VIOLATED").increment();
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
