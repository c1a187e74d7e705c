package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Realisasi of one indicator for a month or quarter: the figure, the period's target it is measured against (from the
 * rencana aksi), the budget spent for a cost indicator, evidence, and the explanation required when it falls short.
 * The same indicator and period reported again replaces it ({@code revision} one higher).
 */
public record RealisationReported(String realisationId, String employeeId, String agencyId, String indicatorId,
        String period, BigDecimal realisation, BigDecimal periodTarget, BigDecimal budgetRealisation,
        String evidenceUrl, String explanation, int revision, String reportedBy, Instant reportedAt) {
}
