package org.kinerja.reporting.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.reporting.domain.EvaluationPeriod;

/** Evaluation periods and feedback, each written with its event in one atomic document write (outbox). */
public interface EvaluationStore {

    Optional<EvaluationPeriod> find(String employeeId, String period);

    /** The periods of the employee that have been acted on (self-assessed, rated...), by period. */
    List<EvaluationPeriod> periodsOf(String employeeId);

    /** Stores the period if the stored one is still at {@code next.version() - 1} (0: absent); false otherwise. */
    boolean save(EvaluationPeriod next, OutgoingEvent event);

    /** A feedback entry, stored once under its id. */
    record Feedback(String feedbackId, String employeeId, String period, String kind, String rhkId, String behaviour,
            String text, Integer score, String givenBy, java.time.Instant givenAt) {
    }

    void addFeedback(Feedback feedback, OutgoingEvent event);

    /** The feedback the employee received in the period, or in every period when {@code period} is null. */
    List<Feedback> feedbackOf(String employeeId, String period);
}
