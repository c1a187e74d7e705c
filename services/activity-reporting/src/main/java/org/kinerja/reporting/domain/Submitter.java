package org.kinerja.reporting.domain;

/**
 * Who submits a report: an employee for themselves, an agency (its operator or its own system), or the region's
 * administrator. Over REST it comes from the verified token; over Kafka from the record's CloudEvents source.
 */
public record Submitter(String employeeId, String agencyId, boolean admin) {

    public static Submitter agency(String agencyId) {
        return new Submitter(null, agencyId, false);
    }

    public boolean mayReportFor(String employee, String employeeAgency) {
        return admin || (employeeId != null && employeeId.equals(employee))
                || (agencyId != null && agencyId.equals(employeeAgency));
    }
}
