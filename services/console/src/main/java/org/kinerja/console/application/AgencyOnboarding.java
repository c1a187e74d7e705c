package org.kinerja.console.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.ImportJob;
import org.kinerja.console.application.Views.Unit;

/**
 * An agency's HR operator: their agency and its staff at the top unit, what the agency's own system sent over Kafka
 * and the platform refused (with the reasons, newest first), and the onboarding of employees from a CSV
 * file, whose job the page follows until the last row (the registry checks every row and says why one is refused;
 * the same file sent again finds the same job and changes nothing).
 */
public final class AgencyOnboarding {

    private final Platform platform;

    public AgencyOnboarding(Platform platform) {
        this.platform = platform;
    }

    public record Page(String agencyId, Optional<Unit> agency, List<UnitNode> units, List<Employee> employees,
            List<Views.RefusedSubmission> refused) {
    }

    /** A unit of the agency with the units under it. */
    public record UnitNode(Unit unit, List<UnitNode> children) {
    }

    /**
     * How deep the tree is read under the agency (its bidang, their subbag: nothing sits under a subbag) and how many
     * units' children at most, each one call.
     */
    private static final int DEPTH = 2;
    private static final int MOST_UNITS = 60;

    public Page of(SignedInUser user) {
        String agencyId = user.agency();
        return new Page(agencyId, platform.find(user, "/api/registry/units/" + agencyId, Unit.class),
                childrenOf(user, agencyId, 1, new int[] {0}),
                platform.list(user, "/api/registry/units/" + agencyId + "/employees", Employee.class),
                platform.list(user, "/api/reporting/agencies/" + agencyId + "/refused-submissions?limit=50",
                        Views.RefusedSubmission.class));
    }

    private List<UnitNode> childrenOf(SignedInUser user, String unitId, int depth, int[] read) {
        if (depth > DEPTH || read[0] >= MOST_UNITS) {
            return List.of();
        }
        read[0]++;
        return platform.list(user, "/api/registry/units/" + unitId + "/children", Unit.class).stream()
                .map(child -> new UnitNode(child, childrenOf(user, child.unitId(), depth + 1, read))).toList();
    }

    public ImportJob start(SignedInUser user, byte[] csv) {
        return platform.send(user, Platform.Command.upload("/api/registry/agencies/" + user.agency()
                + "/employee-imports", csv, "text/csv"), ImportJob.class);
    }

    public ImportJob job(SignedInUser user, String jobId) {
        return platform.find(user, "/api/registry/employee-imports/" + jobId, ImportJob.class).orElseThrow(
                () -> new PlatformRefusal(404, "import-not-found", null, "No onboarding job " + jobId, List.of()));
    }
}
