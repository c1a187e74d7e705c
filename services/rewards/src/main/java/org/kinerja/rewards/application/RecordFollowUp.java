package org.kinerja.rewards.application;

import java.time.Clock;
import java.util.Optional;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.EvaluationUpdated;
import org.kinerja.contracts.events.FollowUpRecorded;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.domain.FollowUp;
import org.kinerja.rewards.domain.FollowUpDecision;
import org.kinerja.rewards.domain.Predicate;

/**
 * Reacts to an evaluation: decides the follow-up, stores it, and publishes FollowUpRecorded when the decision
 * changes. An evaluation replayed or delivered twice (same or older version) changes nothing and publishes nothing.
 */
public class RecordFollowUp {

    private final FollowUpStore store;
    private final String source;
    private final Clock clock;

    public RecordFollowUp(FollowUpStore store, String region, Clock clock) {
        this.store = store;
        this.source = EventSource.of(region);
        this.clock = clock;
    }

    public void on(EvaluationUpdated evaluation) {
        String id = FollowUp.idFor(evaluation.employeeId(), evaluation.period());
        Optional<FollowUp> current = store.find(id);
        if (current.isPresent() && current.get().evaluationVersion() >= evaluation.version()) {
            return;
        }
        FollowUpDecision decision = FollowUpDecision.decide(evaluation.period(),
                Predicate.ofEvent(evaluation.predicate()).orElse(null),
                evaluation.proposedHasilKerjaRating(), evaluation.averageCapaian());
        FollowUp next = new FollowUp(id, evaluation.employeeId(), evaluation.agencyId(), evaluation.period(),
                decision.kind(), decision.reason(), evaluation.version(), clock.instant());
        // Published when the signal changes (its kind, or what it rests on: a predicate now, not the proposal), not
        // at every new capaian figure.
        boolean changed = current.isEmpty() || current.get().kind() != next.kind()
                || !basis(current.get().reason()).equals(basis(next.reason()));
        store.saveIfNewer(next, changed ? Optional.of(event(next)) : Optional.empty());
    }

    /** "Predicate BUTUH_PERBAIKAN in 2026-03" or "Proposed Hasil Kerja rating BELOW expectation". */
    private static String basis(String reason) {
        int figures = reason.indexOf(" (");
        return figures < 0 ? reason : reason.substring(0, figures);
    }

    private OutgoingEvent event(FollowUp f) {
        FollowUpRecorded data = new FollowUpRecorded(f.followUpId() + ":" + f.evaluationVersion(), f.employeeId(),
                f.agencyId(), f.period(), f.kind().name(), f.reason(), f.evaluationVersion(), f.decidedAt());
        return OutgoingEvent.of(EventType.FOLLOW_UP_RECORDED, "follow-up:" + data.followUpId(), source,
                f.employeeId(), f.followUpId(), f.decidedAt(), data);
    }
}
