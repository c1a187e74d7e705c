package org.kinerja.scoring.domain;

import java.util.List;
import java.util.Map;

import org.kinerja.scoring.domain.ScoringInput.PlanInfo;
import org.kinerja.scoring.domain.ScoringInput.Report;

/**
 * Everything scoring keeps for one employee: the plan (absent until it arrives), running tallies per period and
 * indicator, the version of each period's score, the reports applied with their current revision (so a duplicate
 * changes nothing and a correction or retraction can be applied exactly), and reports that arrived before the plan
 * they need (held, applied when it arrives). Immutable; the step function returns a new one.
 */
public record EmployeeState(String employeeId, PlanInfo plan, Map<String, Map<String, Tally>> tallies,
        Map<String, Long> versions, Map<String, Report> applied, List<Report> pending) {

    public static EmployeeState empty(String employeeId) {
        return new EmployeeState(employeeId, null, Map.of(), Map.of(), Map.of(), List.of());
    }

    public EmployeeState {
        tallies = Map.copyOf(tallies);
        versions = Map.copyOf(versions);
        applied = Map.copyOf(applied);
        pending = List.copyOf(pending);
    }

    public long version(String period) {
        return versions.getOrDefault(period, 0L);
    }

    public Map<String, Tally> talliesOf(String period) {
        return tallies.getOrDefault(period, Map.of());
    }
}
