package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An agency's performance agreement (Perjanjian Kinerja) for a year: the targets its OPD head's RHK come from. */
public record PerformanceAgreementSet(String agencyId, int year, List<Target> targets, String setBy, long version,
        Instant setAt) {

    public record Target(String targetId, String description, String indicator, BigDecimal target, String unit) {
    }
}
