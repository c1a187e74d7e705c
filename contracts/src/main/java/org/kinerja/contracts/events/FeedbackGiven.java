package org.kinerja.contracts.events;

import java.time.Instant;

/**
 * Feedback on an employee's work in a period: SELF (self-assessment), SUPERVISOR (the penilai, per RHK or per
 * BerAKHLAK value), PEER or SUBORDINATE input. {@code score} (0-100, optional) is the penilai's score of one BerAKHLAK
 * value in the period: the seven scores add up to the behaviour part of the TPP (R7).
 */
public record FeedbackGiven(String feedbackId, String employeeId, String agencyId, String period, String kind,
        String rhkId, String behaviour, String text, String givenBy, Instant givenAt, Integer score) {
}
