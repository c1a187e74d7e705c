package org.kinerja.reporting.adapter.out.cache;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.kinerja.reporting.application.ReportingDirectory;
import org.kinerja.reporting.domain.ReportRules.ApprovedIndicator;
import org.kinerja.reporting.domain.ReportRules.KnownEmployee;

/**
 * The projections the intake checks every report against, kept for a moment in memory: a poll of an agency's reports
 * names the same employees and indicators again and again, and each look-up was a round trip to MongoDB. What this
 * instance's projection listeners save is dropped from the cache at once (so a parked record released by it sees the
 * new state); what another instance saved is seen within {@link #FRESHNESS}, which is shorter than the first retry of a
 * parked record and well inside the eventual consistency the projections have anyway.
 */
public class CachedReportingDirectory implements ReportingDirectory {

    static final Duration FRESHNESS = Duration.ofSeconds(1);

    private final ReportingDirectory stored;
    private final Cache<String, Optional<KnownEmployee>> employees = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS).maximumSize(200_000).build();
    private final Cache<String, Optional<ApprovedIndicator>> indicators = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS).maximumSize(500_000).build();

    public CachedReportingDirectory(ReportingDirectory stored) {
        this.stored = stored;
    }

    @Override
    public Optional<KnownEmployee> findEmployee(String employeeId) {
        return employees.get(employeeId, stored::findEmployee);
    }

    /** Not cached: a work list is read far less often than reports are checked. */
    @Override
    public List<KnownEmployee> overseenBy(String penilaiId) {
        return stored.overseenBy(penilaiId);
    }

    @Override
    public void saveEmployee(KnownEmployee employee) {
        stored.saveEmployee(employee);
        employees.invalidate(employee.employeeId());
    }

    @Override
    public Optional<ApprovedIndicator> findIndicator(String indicatorId) {
        return indicators.get(indicatorId, stored::findIndicator);
    }

    @Override
    public boolean hasApprovedPlan(String employeeId, int year) {
        return stored.hasApprovedPlan(employeeId, year);
    }

    @Override
    public void replaceApprovedIndicators(String planId, List<ApprovedIndicator> approved) {
        stored.replaceApprovedIndicators(planId, approved);
        // A plan's indicators may also have been withdrawn: drop them all (approvals are rare next to reports).
        indicators.invalidateAll();
    }
}
