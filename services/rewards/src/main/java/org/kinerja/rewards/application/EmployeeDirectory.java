package org.kinerja.rewards.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.rewards.domain.EmployeeProfile;

/** rewards' projection of the registry: each employee's agency, unit and position. */
public interface EmployeeDirectory {

    Optional<EmployeeProfile> find(String employeeId);

    /** The employees a pejabat penilai evaluates, as far as rewards knows them. */
    List<EmployeeProfile> evaluatedBy(String penilaiId);

    /** The agency of a unit, as far as rewards knows its employees. */
    Optional<String> agencyOfUnit(String unitId);

    /** Keeps the profile unless a newer version is stored; true when it was stored. */
    boolean save(EmployeeProfile profile);
}
