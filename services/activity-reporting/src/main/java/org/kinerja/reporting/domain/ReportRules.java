package org.kinerja.reporting.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Whether a report may be accepted, decided from the local projections of registry and planning events: the employee
 * must be known, the submitter must act for them, the report must name the employee's own agency, and the indicator
 * must belong to the employee's approved plan for the year of the activity.
 */
public final class ReportRules {

    private ReportRules() {
    }

    /**
     * What reporting knows of an employee (from registry events): their agency, and the day they were deactivated
     * from (null while active). Reports of days before a deactivation are still accepted.
     */
    public record KnownEmployee(String employeeId, String agencyId, String unitId, String penilaiId,
            String atasanPenilaiId, LocalDate inactiveFrom, long version) {

        public static KnownEmployee active(String employeeId, String agencyId) {
            return new KnownEmployee(employeeId, agencyId, null, null, null, null, 1);
        }
    }

    /**
     * An indicator of an approved SKP (from planning events), with what a realisation is checked against: its aspect
     * (BIAYA needs the budget spent), polarity, and rencana aksi targets by period.
     */
    public record ApprovedIndicator(String indicatorId, String employeeId, int year, String planId, String aspect,
            String polarity, java.util.Map<String, java.math.BigDecimal> periodTargets, Boolean evidenceRequired) {

        public ApprovedIndicator(String indicatorId, String employeeId, int year, String planId) {
            this(indicatorId, employeeId, year, planId, null, null, java.util.Map.of(), null);
        }
    }

    /** A report or realisation of an indicator whose evidence is required (by its plan or the region) needs it. */
    public static Optional<ReportRefusal> checkEvidence(ApprovedIndicator indicator, EvidencePolicy policy,
            boolean realisation, String evidenceUrl) {
        if (policy.requires(indicator, realisation) && (evidenceUrl == null || evidenceUrl.isBlank())) {
            return refuse(ReportRefusal.Kind.EVIDENCE_REQUIRED, "indicator '" + indicator.indicatorId() + "' needs "
                    + "its evidence (bukti dukung): give evidenceUrl, a link to the document or photo");
        }
        return Optional.empty();
    }

    /**
     * A realisation short of its period's target (below it, or above it when lower is better) needs an explanation;
     * a cost (BIAYA) indicator needs the budget spent.
     */
    public static Optional<ReportRefusal> checkRealisation(ApprovedIndicator indicator, String period,
            java.math.BigDecimal realisation, java.math.BigDecimal budget, String explanation) {
        if ("BIAYA".equals(indicator.aspect()) && budget == null) {
            return refuse(ReportRefusal.Kind.BUDGET_REQUIRED, "indicator '" + indicator.indicatorId()
                    + "' is a cost indicator: give the budget spent (budgetRealisation)");
        }
        java.math.BigDecimal target = indicator.periodTargets() == null ? null : indicator.periodTargets().get(period);
        boolean lowerIsBetter = "LOWER_IS_BETTER".equals(indicator.polarity());
        boolean short_ = target != null && (lowerIsBetter ? realisation.compareTo(target) > 0
                : realisation.compareTo(target) < 0);
        if (short_ && (explanation == null || explanation.isBlank())) {
            return refuse(ReportRefusal.Kind.EXPLANATION_REQUIRED, "the realisation " + realisation.toPlainString()
                    + " falls short of the " + period + " target " + target.toPlainString()
                    + ": explain why (explanation)");
        }
        return Optional.empty();
    }

    /** What a report claims; {@code startTime}/{@code endTime} are optional, but given together. */
    public record Claim(String employeeId, String agencyId, String indicatorId, LocalDate activityDate,
            LocalTime startTime, LocalTime endTime, boolean fieldReport, boolean located) {

        public Claim(String employeeId, String agencyId, String indicatorId, LocalDate activityDate) {
            this(employeeId, agencyId, indicatorId, activityDate, null, null, false, false);
        }
    }

    /** The cap on a day's logged work: minutes allowed, and minutes already logged that day. */
    public record DailyWork(long capMinutes, long loggedMinutes) {
    }

    /** Checks the time span of a report against the day's cap (configurable, 450 minutes by default). */
    public static Optional<ReportRefusal> checkTimeSpan(Claim claim, DailyWork day) {
        if (claim.fieldReport() && (!claim.located() || claim.startTime() == null)) {
            return refuse(ReportRefusal.Kind.FIELD_REPORT_INCOMPLETE, "a field report needs its location and the "
                    + "time it started");
        }
        if (claim.startTime() == null && claim.endTime() == null) {
            return Optional.empty();
        }
        if (claim.startTime() == null || claim.endTime() == null || !claim.endTime().isAfter(claim.startTime())) {
            return refuse(ReportRefusal.Kind.INVALID_TIME_SPAN, "startTime and endTime go together, and the "
                    + "activity must end after it starts");
        }
        long minutes = java.time.Duration.between(claim.startTime(), claim.endTime()).toMinutes();
        if (day.loggedMinutes() + minutes > day.capMinutes()) {
            return refuse(ReportRefusal.Kind.DAILY_MINUTES_EXCEEDED, "employee " + claim.employeeId() + " already "
                    + "logged " + day.loggedMinutes() + " minutes on " + claim.activityDate() + "; another " + minutes
                    + " would pass the cap of " + day.capMinutes() + " minutes a day");
        }
        return Optional.empty();
    }

    public static Optional<ReportRefusal> check(Claim claim, Submitter submitter, Optional<KnownEmployee> employee,
            Optional<ApprovedIndicator> indicator, LocalDate today) {
        if (employee.isEmpty()) {
            return refuse(ReportRefusal.Kind.UNKNOWN_EMPLOYEE, "employee " + claim.employeeId()
                    + " is not registered");
        }
        String agency = employee.get().agencyId();
        if (!submitter.mayReportFor(claim.employeeId(), agency)) {
            return refuse(ReportRefusal.Kind.OTHER_AGENCY, "employee " + claim.employeeId() + " belongs to agency '"
                    + agency + "'; the submitter acts for '" + submitter.agencyId() + "'");
        }
        LocalDate inactiveFrom = employee.get().inactiveFrom();
        if (inactiveFrom != null && !claim.activityDate().isBefore(inactiveFrom)) {
            return refuse(ReportRefusal.Kind.EMPLOYEE_INACTIVE, "employee " + claim.employeeId()
                    + " is deactivated from " + inactiveFrom);
        }
        if (!agency.equals(claim.agencyId())) {
            return refuse(ReportRefusal.Kind.AGENCY_MISMATCH, "the report names agency '" + claim.agencyId()
                    + "' but employee " + claim.employeeId() + " belongs to '" + agency + "'");
        }
        if (indicator.isEmpty() || !indicator.get().employeeId().equals(claim.employeeId())) {
            return refuse(ReportRefusal.Kind.INDICATOR_NOT_APPROVED, "indicator '" + claim.indicatorId()
                    + "' is not in an approved SKP of employee " + claim.employeeId());
        }
        if (indicator.get().year() != claim.activityDate().getYear()) {
            return refuse(ReportRefusal.Kind.DATE_OUTSIDE_PLAN, "activity date " + claim.activityDate()
                    + " is outside the SKP year " + indicator.get().year());
        }
        if (claim.activityDate().isAfter(today.plusDays(1))) {
            return refuse(ReportRefusal.Kind.DATE_IN_FUTURE, "activity date " + claim.activityDate()
                    + " is in the future");
        }
        return Optional.empty();
    }

    private static Optional<ReportRefusal> refuse(ReportRefusal.Kind kind, String reason) {
        return Optional.of(new ReportRefusal(kind, reason));
    }
}
