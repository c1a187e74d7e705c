package org.kinerja.reporting.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.events.ActivityReported;

/** reporting's own view of accepted reports, built only by consuming reporting.activities.v1. */
public interface ActivityView {

    /** Stores the report under its id; the same report again changes nothing. */
    void save(ActivityReported report);

    Optional<ActivityReported> find(String reportId);

    List<ActivityReported> ofEmployee(String employeeId);
}
