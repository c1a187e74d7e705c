package org.kinerja.reporting.domain;

import java.math.BigDecimal;

import org.kinerja.contracts.Periods;

/**
 * One employee's evaluation for one period (a year; a month or a quarter, as the region evaluates) and its workflow.
 * The penilai gives two ratings, Hasil Kerja (results) and Perilaku Kerja (behaviour), each BELOW, MEETS or ABOVE
 * expectation; scoring turns them into the predicate. Transitions return the next state or refuse.
 */
public record EvaluationPeriod(String employeeId, String agencyId, String unitId, String period,
        PeriodStatus status, String penilaiId, Rating hasilKerja, Rating perilakuKerja, String selfAssessment,
        String lastReason, long version, BigDecimal perilakuValue, String innovation) {

    private static final BigDecimal MAX_PERILAKU = new BigDecimal("120");

    /** A rating against expectation. */
    public enum Rating { BELOW, MEETS, ABOVE }

    public static EvaluationPeriod open(String employeeId, String agencyId, String unitId, String period,
            String penilaiId) {
        if (!Periods.valid(period)) {
            throw new PeriodRuleViolation("invalid-period", "A period is a year (2026), a month (2026-03) or a "
                    + "quarter (2026-Q1), not '" + period + "'.");
        }
        return new EvaluationPeriod(employeeId, agencyId, unitId, period, PeriodStatus.OPEN, penilaiId, null, null,
                null, null, 0, null, null);
    }

    public EvaluationPeriod selfAssess(String text) {
        require("self-assessed", PeriodStatus.OPEN, PeriodStatus.SELF_ASSESSED, PeriodStatus.REOPENED);
        return next(PeriodStatus.SELF_ASSESSED, hasilKerja, perilakuKerja, text, null);
    }

    /** The penilai's ratings; they may be given again until the period is finalised. */
    public EvaluationPeriod rate(Rating results, Rating behaviour) {
        return rate(results, behaviour, null, null);
    }

    /**
     * The ratings with, where the region uses the PP 30/2019 numbers, the numeric Perilaku value (0-120) and the
     * innovation recorded for the period; given again, they replace the ones before.
     */
    public EvaluationPeriod rate(Rating results, Rating behaviour, BigDecimal value, String innovationRecorded) {
        require("rated", PeriodStatus.SELF_ASSESSED, PeriodStatus.RATED, PeriodStatus.REOPENED);
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_PERILAKU) > 0)) {
            throw new PeriodRuleViolation("invalid-perilaku-value", "A numeric Perilaku value is between 0 and "
                    + "120 (PP 30/2019), not " + value.toPlainString() + ".");
        }
        String innovationText = innovationRecorded == null || innovationRecorded.isBlank() ? null
                : innovationRecorded.strip();
        return new EvaluationPeriod(employeeId, agencyId, unitId, period, PeriodStatus.RATED, penilaiId, results,
                behaviour, selfAssessment, null, version + 1, value, innovationText);
    }

    /** The penilai confirms the ratings: the predicate follows from them. */
    public EvaluationPeriod finalise() {
        require("finalised", PeriodStatus.RATED);
        return next(PeriodStatus.PREDICATE_SET, hasilKerja, perilakuKerja, selfAssessment, null);
    }

    public EvaluationPeriod lock() {
        require("locked", PeriodStatus.PREDICATE_SET);
        return next(PeriodStatus.LOCKED, hasilKerja, perilakuKerja, selfAssessment, null);
    }

    public EvaluationPeriod reopen(String reason) {
        require("reopened", PeriodStatus.LOCKED);
        if (reason == null || reason.isBlank()) {
            throw new PeriodRuleViolation("reason-required", "Reopening a locked period needs a reason; it is "
                    + "audited.");
        }
        return next(PeriodStatus.REOPENED, hasilKerja, perilakuKerja, selfAssessment, reason.strip());
    }

    /**
     * An objection the atasan penilai upheld opens the evaluation again for the penilai, who rates and finalises it
     * anew (the ratings given stay visible until then); from a finalised or a locked evaluation alike.
     */
    public EvaluationPeriod reopenForUpheldObjection(String decisionNote) {
        require("reopened for an upheld objection", PeriodStatus.PREDICATE_SET, PeriodStatus.LOCKED);
        return next(PeriodStatus.REOPENED, hasilKerja, perilakuKerja, selfAssessment, upheldReason(decisionNote));
    }

    /** The reason an upheld objection reopens with, audited on the event. */
    public static String upheldReason(String decisionNote) {
        return "Keberatan dikabulkan" + (decisionNote == null || decisionNote.isBlank() ? ""
                : ": " + decisionNote.strip());
    }

    private void require(String what, PeriodStatus... allowed) {
        for (PeriodStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new PeriodRuleViolation("period-not-" + what.replace(' ', '-'), "A period in status " + status
                + " cannot be " + what + "; allowed from " + java.util.Arrays.toString(allowed) + ".");
    }

    private EvaluationPeriod next(PeriodStatus nextStatus, Rating results, Rating behaviour, String text,
            String reason) {
        return new EvaluationPeriod(employeeId, agencyId, unitId, period, nextStatus, penilaiId, results, behaviour,
                text, reason, version + 1, perilakuValue, innovation);
    }
}
