package org.kinerja.rewards.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import org.kinerja.contracts.events.AttendanceDayRecorded;
import org.kinerja.platform.events.PoisonRecordException;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.events.RetryableRefusalException;
import org.kinerja.platform.parking.Awaited;
import org.kinerja.rewards.domain.AttendanceDay;
import org.kinerja.rewards.domain.EmployeeProfile;

/**
 * Agencies' attendance systems publish straight onto Kafka, each on its own agency's topic; each record is held to what
 * a careful API would check: the employee is one of the publishing agency's own, the day is not in the future,
 * lateness goes with a present day and a Monday assembly with a Monday. A refused record goes to the DLT with
 * its reason; an employee the registry has not told rewards about yet is retried a while before it is refused.
 */
public class AcceptAttendance {

    private final EmployeeDirectory directory;
    private final TppLedger ledger;
    private final Clock clock;
    private final ZoneId zone;

    public AcceptAttendance(EmployeeDirectory directory, TppLedger ledger, Clock clock, ZoneId zone) {
        this.directory = directory;
        this.ledger = ledger;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code publishingAgency} is the authenticated publisher's agency (its topic's), never a header's. */
    public void accept(String publishingAgency, ReceivedEvent event) {
        AttendanceDayRecorded fact = event.data(AttendanceDayRecorded.class);
        if (!publishingAgency.equals(fact.agencyId())) {
            throw new PoisonRecordException("attendance " + fact.recordId() + " refused: not-your-agency: agency '"
                    + publishingAgency + "' published a record of agency '" + fact.agencyId() + "'");
        }
        EmployeeProfile employee = directory.find(fact.employeeId()).orElseThrow(() ->
                new RetryableRefusalException("attendance " + fact.recordId() + ": employee " + fact.employeeId()
                        + " is not registered (or the registry's event has not arrived yet)",
                        Awaited.employee(fact.employeeId())));
        if (!employee.agencyId().equals(fact.agencyId())) {
            throw new PoisonRecordException("attendance " + fact.recordId() + " refused: not-your-agency: employee "
                    + fact.employeeId() + " belongs to agency '" + employee.agencyId() + "'");
        }
        if (fact.date().isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new PoisonRecordException("attendance " + fact.recordId() + " refused: " + fact.date()
                    + " is in the future");
        }
        AttendanceDay.Status status = AttendanceDay.Status.valueOf(fact.status());
        if (fact.lateMinutes() > 0 && status != AttendanceDay.Status.PRESENT) {
            throw new PoisonRecordException("attendance " + fact.recordId() + " refused: minutes late go with a "
                    + "PRESENT day, not " + status);
        }
        if (fact.mondayAssemblyMissed() && fact.date().getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new PoisonRecordException("attendance " + fact.recordId() + " refused: " + fact.date() + " is a "
                    + fact.date().getDayOfWeek() + ", and the assembly is on Mondays");
        }
        ledger.onAttendance(fact.employeeId(), new AttendanceDay(fact.date(), status, fact.lateMinutes(),
                fact.noRecord(), fact.mondayAssemblyMissed()), fact.revision());
    }
}
