package org.kinerja.reporting.domain;

/**
 * A keberatan (objection) of an employee to their annual evaluation: {@code FILED → ANSWERED_BY_PENILAI →
 * DECIDED_BY_ATASAN_PENILAI}. It can be filed once the evaluation is finalised (PREDICATE_SET or LOCKED); the
 * pejabat penilai answers; the atasan pejabat penilai decides, UPHELD or DISMISSED, with a note.
 */
public record Objection(String objectionId, String employeeId, String agencyId, String period, Status status,
        String reason, String answer, Decision decision, String decisionNote, String penilaiId,
        String atasanPenilaiId, long version) {

    public enum Status { FILED, ANSWERED_BY_PENILAI, DECIDED_BY_ATASAN_PENILAI }

    public enum Decision { UPHELD, DISMISSED }

    public static Objection file(EvaluationPeriod evaluation, String atasanPenilaiId, String reason) {
        if (evaluation.period().length() != 4) {
            throw new PeriodRuleViolation("objection-annual-only", "An objection is filed against an annual "
                    + "evaluation (yyyy), not a monthly one.");
        }
        if (evaluation.status() != PeriodStatus.PREDICATE_SET && evaluation.status() != PeriodStatus.LOCKED) {
            throw new PeriodRuleViolation("evaluation-not-final", "An objection is filed once the evaluation is "
                    + "finalised; it is " + evaluation.status() + ".");
        }
        return new Objection(evaluation.employeeId() + ":" + evaluation.period(), evaluation.employeeId(),
                evaluation.agencyId(), evaluation.period(), Status.FILED, reason, null, null, null,
                evaluation.penilaiId(), atasanPenilaiId, 1);
    }

    public Objection answer(String text) {
        if (status != Status.FILED) {
            throw new PeriodRuleViolation("objection-not-filed", "The objection is " + status
                    + "; the penilai answers a FILED objection.");
        }
        return new Objection(objectionId, employeeId, agencyId, period, Status.ANSWERED_BY_PENILAI, reason, text,
                null, null, penilaiId, atasanPenilaiId, version + 1);
    }

    public Objection decide(Decision outcome, String note) {
        if (status != Status.ANSWERED_BY_PENILAI) {
            throw new PeriodRuleViolation("objection-not-answered", "The objection is " + status
                    + "; the atasan penilai decides once the penilai has answered.");
        }
        return new Objection(objectionId, employeeId, agencyId, period, Status.DECIDED_BY_ATASAN_PENILAI, reason,
                answer, outcome, note, penilaiId, atasanPenilaiId, version + 1);
    }
}
