package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * Feedback on an employee's work in a period: SELF (self-assessment), SUPERVISOR (the penilai, per RHK or per
 * BerAKHLAK value), PEER or SUBORDINATE input.
 */
public record FeedbackGiven(String feedbackId, String employeeId, String agencyId, String period, String kind,
        String rhkId, String behaviour, String text, String givenBy, Instant givenAt) {
}
