package org.kinerja.console.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Period;
import org.kinerja.console.application.Views.Plan;

/**
 * The platform's resources the console's pages and documents share, each addressed in one place: an employee (a
 * refusal when the registry has none), their SKP of a year (planning names it {@code skp-<year>-<nip>}), and their
 * evaluation of a period.
 */
final class PlatformReads {

    private PlatformReads() {
    }

    static String planPath(String nip, int year) {
        return "/api/planning/plans/skp-" + year + "-" + nip;
    }

    static String periodPath(String nip, String period) {
        return "/api/reporting/employees/" + nip + "/periods/" + period;
    }

    static Employee employee(Platform platform, SignedInUser user, String nip) {
        return platform.find(user, "/api/registry/employees/" + nip, Employee.class).orElseThrow(
                () -> new PlatformRefusal(404, "employee-not-found", null, "No employee with NIP " + nip, List.of()));
    }

    static Optional<Plan> plan(Platform platform, SignedInUser user, String nip, int year) {
        return platform.find(user, planPath(nip, year), Plan.class);
    }

    /** The evaluation of a period (reporting answers an OPEN one for a period never acted on). */
    static Period period(Platform platform, SignedInUser user, String nip, String period) {
        return platform.find(user, periodPath(nip, period), Period.class).orElseThrow(() -> new PlatformRefusal(404,
                "employee-not-found", null, "Reporting does not know " + nip, List.of()));
    }

    /** The words of each indicator of the employee's SKP of the period's year, by id (empty if unreadable). */
    static java.util.Map<String, String> indicatorNames(Platform platform, SignedInUser user, String nip,
            String period) {
        return plan(platform, user, nip, Integer.parseInt(period.substring(0, 4))).map(Plan::indicatorNames)
                .orElse(java.util.Map.of());
    }
}
