package org.kinerja.rewards.application;

import java.util.Optional;

import org.kinerja.rewards.domain.EmployeeProfile;

/** rewards' projection of the registry: each employee's agency, unit and position. */
public interface EmployeeDirectory {

    Optional<EmployeeProfile> find(String employeeId);

    /** Keeps the profile unless a newer version is stored; true when it was stored. */
    boolean save(EmployeeProfile profile);
}
