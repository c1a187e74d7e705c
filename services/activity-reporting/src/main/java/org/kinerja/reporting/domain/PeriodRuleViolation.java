package org.kinerja.reporting.domain;

/** A transition the evaluation workflow does not allow; {@code code} is a stable slug for clients. */
public class PeriodRuleViolation extends RuntimeException {

    private final String code;

    public PeriodRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
