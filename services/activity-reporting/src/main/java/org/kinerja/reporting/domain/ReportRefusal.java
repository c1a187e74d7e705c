package org.kinerja.reporting.domain;

/** Why a report is refused: the same reasons over REST (problem details) and Kafka (the DLT reason header). */
public record ReportRefusal(Kind kind, String reason) {

    /** The kinds of refusal, each with a stable code. */
    public enum Kind {
        UNKNOWN_EMPLOYEE("unknown-employee"),
        OTHER_AGENCY("not-your-agency"),
        AGENCY_MISMATCH("agency-mismatch"),
        EMPLOYEE_INACTIVE("employee-inactive"),
        INDICATOR_NOT_APPROVED("indicator-not-approved"),
        DATE_OUTSIDE_PLAN("date-outside-plan"),
        DATE_IN_FUTURE("date-in-future"),
        INVALID_TIME_SPAN("invalid-time-span"),
        DAILY_MINUTES_EXCEEDED("daily-minutes-exceeded"),
        FIELD_REPORT_INCOMPLETE("field-report-incomplete"),
        BUDGET_REQUIRED("budget-required"),
        EXPLANATION_REQUIRED("explanation-required"),
        EVIDENCE_REQUIRED("evidence-required"),
        /** Another report was accepted under this report id (or idempotency key): a report never changes by resending. */
        REPORT_ID_CONFLICT("report-id-conflict");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /**
         * Whether the refusal may only mean that the registry's or planning's event has not arrived yet: events on
         * different topics come in no guaranteed order.
         */
        public boolean mayBeLate() {
            return this == UNKNOWN_EMPLOYEE || this == INDICATOR_NOT_APPROVED;
        }
    }

    @Override
    public String toString() {
        return kind.code() + ": " + reason;
    }
}
