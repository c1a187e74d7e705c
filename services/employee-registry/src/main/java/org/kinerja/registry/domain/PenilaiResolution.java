package org.kinerja.registry.domain;

import java.util.Optional;

/**
 * Who is an employee's pejabat penilai, from the unit tree: an explicit override if given; otherwise the head of the
 * employee's own unit (a Pelaksana's subbag head, a Pengawas's bidang head); a unit head is assessed by the head of the
 * parent unit (the head of an OPD by the regional leadership, which is outside the tree: no penilai here).
 */
public final class PenilaiResolution {

    private PenilaiResolution() {
    }

    public static Optional<String> resolve(String employeeId, boolean headOfUnit, Optional<String> explicit,
            Optional<String> headOfOwnUnit, Optional<String> headOfParentUnit) {
        if (explicit.isPresent()) {
            return explicit;
        }
        if (!headOfUnit) {
            return headOfOwnUnit.filter(head -> !head.equals(employeeId));
        }
        return headOfParentUnit;
    }
}
