package org.kinerja.contracts.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One working day's attendance facts of an employee, published by the agency's attendance system. A later
 * {@code revision} for the same employee and date replaces it. Key: the employee id.
 */
public record AttendanceDayRecorded(String recordId, String employeeId, String agencyId, LocalDate date,
        String status, int lateMinutes, boolean noRecord, boolean mondayAssemblyMissed, int revision,
        Instant recordedAt) {
}
