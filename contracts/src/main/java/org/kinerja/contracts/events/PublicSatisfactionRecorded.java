package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Public (citizen) satisfaction with a service unit for a month: an IKM score (0-100) from a survey of
 * {@code respondents} people, optionally tied to one employee's service indicator.
 */
public record PublicSatisfactionRecorded(String surveyId, String agencyId, String unitId, String employeeId,
        String indicatorId, String period, int respondents, BigDecimal score, String recordedBy, Instant recordedAt) {
}
