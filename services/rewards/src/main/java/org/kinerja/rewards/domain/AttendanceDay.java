package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One working day's attendance facts of an employee, as the agency's attendance system reports them: the status, the
 * minutes late (when present), whether no clock record exists, and whether a Monday assembly was missed.
 */
public record AttendanceDay(LocalDate date, Status status, int lateMinutes, boolean noRecord,
        boolean mondayAssemblyMissed) {

    public enum Status { PRESENT, ABSENT_WITHOUT_LEAVE, LEAVE, SICK_LEAVE, OFFICIAL_DUTY, HOLIDAY }

    /** One deduction of a day, with what caused it and the percent of the ceiling it costs. */
    public record Deduction(LocalDate date, String cause, BigDecimal percent) {
    }

    /**
     * The day's deductions under the policy (R7): absent without leave costs its own rate and nothing else; a present
     * day costs by minutes late (1-30, 31-60, 61-90, more or no record), and a missed Monday assembly its rate on
     * top. Leave, sick leave, official duty and holidays cost nothing, whatever else the record says.
     */
    public List<Deduction> deductions(RewardsPolicy.Deductions rates) {
        List<Deduction> deductions = new ArrayList<>();
        if (status == Status.ABSENT_WITHOUT_LEAVE) {
            deductions.add(new Deduction(date, "absent without leave", rates.absentWithoutLeave()));
            return deductions;
        }
        if (status == Status.PRESENT) {
            if (noRecord) {
                deductions.add(new Deduction(date, "no attendance record", rates.lateOver90OrNoRecord()));
            } else if (lateMinutes > 90) {
                deductions.add(new Deduction(date, "late " + lateMinutes + " min", rates.lateOver90OrNoRecord()));
            } else if (lateMinutes > 60) {
                deductions.add(new Deduction(date, "late " + lateMinutes + " min", rates.late61To90()));
            } else if (lateMinutes > 30) {
                deductions.add(new Deduction(date, "late " + lateMinutes + " min", rates.late31To60()));
            } else if (lateMinutes > 0) {
                deductions.add(new Deduction(date, "late " + lateMinutes + " min", rates.late1To30()));
            }
        }
        if (status == Status.PRESENT && mondayAssemblyMissed) {
            deductions.add(new Deduction(date, "missed Monday assembly", rates.mondayAssemblyMissed()));
        }
        return deductions;
    }
}
