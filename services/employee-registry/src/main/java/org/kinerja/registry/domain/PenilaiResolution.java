package org.kinerja.registry.domain;

import java.util.Optional;

/**
 * Who is an employee's pejabat penilai and atasan pejabat penilai, from the unit tree and the regional leadership
 * (PermenPANRB 6/2022, as the domain brief gives it for a pemda):
 * <ul>
 * <li>staff are rated by the head of their own unit (a Pelaksana by their subbag head, a Pengawas's staff by the
 * bidang head), a unit head by the head of the parent unit;</li>
 * <li>the head of an OPD by the Sekretaris Daerah, and the Sekda (or, while that office is vacant, every OPD head) by
 * the kepala daerah;</li>
 * <li>the atasan penilai is the penilai's own penilai, except above the OPD heads: whoever an OPD head rates (a Kabid,
 * an OPD's own staff), and the OPD heads themselves, have the kepala daerah as atasan penilai; so does the Sekda, the
 * kepala daerah being the Pejabat Pembina Kepegawaian with no one above them in the region.</li>
 * </ul>
 * Without a recorded leadership the top of the tree has no penilai, as before. Explicit overrides are decided
 * elsewhere and never reach this.
 */
public final class PenilaiResolution {

    /** What the resolution reads of the registry. */
    public interface Tree {
        /** The active head of the unit. */
        Optional<String> headOf(String unitId);

        /** The unit's parent; empty for an OPD, the top of its tree. */
        Optional<String> parentOf(String unitId);

        /** The penilai the employee has now. */
        Optional<String> penilaiOf(String employeeId);

        /** Whether the employee heads an OPD. */
        boolean headsAnOpd(String employeeId);
    }

    /** An employee's penilai and atasan penilai; either may be null where the tree has none yet. */
    public record Resolved(String penilaiId, String atasanPenilaiId) {
    }

    private PenilaiResolution() {
    }

    public static Resolved resolve(String employeeId, String unitId, boolean headOfUnit, Tree tree,
            Optional<RegionalLeadership> leadership) {
        Optional<String> penilai = penilaiOf(employeeId, unitId, headOfUnit, tree, leadership);
        String atasan = penilai.flatMap(p -> atasanAbove(p, tree, leadership)).orElse(null);
        return new Resolved(penilai.orElse(null), atasan);
    }

    private static Optional<String> penilaiOf(String employeeId, String unitId, boolean headOfUnit, Tree tree,
            Optional<RegionalLeadership> leadership) {
        if (!headOfUnit) {
            return tree.headOf(unitId).filter(head -> !head.equals(employeeId));
        }
        Optional<String> parent = tree.parentOf(unitId);
        if (parent.isPresent()) {
            return parent.flatMap(tree::headOf);
        }
        return leadership.map(l -> l.sekda().filter(sekda -> !sekda.equals(employeeId))
                .orElse(l.kepalaDaerahId()));
    }

    private static Optional<String> atasanAbove(String penilai, Tree tree, Optional<RegionalLeadership> leadership) {
        if (leadership.isPresent()) {
            RegionalLeadership l = leadership.get();
            if (penilai.equals(l.kepalaDaerahId()) || penilai.equals(l.sekdaId()) || tree.headsAnOpd(penilai)) {
                return Optional.of(l.kepalaDaerahId());
            }
        }
        return tree.penilaiOf(penilai);
    }
}
