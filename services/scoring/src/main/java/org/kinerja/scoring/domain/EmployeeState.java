package org.kinerja.scoring.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.Report;

/**
 * Everything scoring keeps for one employee: the plan (absent until it arrives), running tallies per period and
 * indicator, the version of each period's score, the reports already applied (so a duplicate changes nothing), and
 * reports that arrived before the plan they need (held, applied when it arrives). Immutable; the step function
 * returns a new one.
 */
public record EmployeeState(String employeeId, PlanInfo plan, Map<String, Map<String, Tally>> tallies,
        Map<String, Long> versions, Set<String> appliedReports, List<Report> pending) {

    public static EmployeeState empty(String employeeId) {
        return new EmployeeState(employeeId, null, Map.of(), Map.of(), Set.of(), List.of());
    }

    public EmployeeState {
        tallies = Map.copyOf(tallies);
        versions = Map.copyOf(versions);
        appliedReports = Set.copyOf(appliedReports);
        pending = List.copyOf(pending);
    }

    public long version(String period) {
        return versions.getOrDefault(period, 0L);
    }

    public Map<String, Tally> talliesOf(String period) {
        return tallies.getOrDefault(period, Map.of());
    }
}
