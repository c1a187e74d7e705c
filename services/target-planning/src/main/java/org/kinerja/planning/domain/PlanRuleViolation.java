package org.kinerja.planning.domain;

/** A transition or content the SKP rules do not allow; {@code code} is a stable slug for clients. */
public class PlanRuleViolation extends RuntimeException {

    private final String code;

    public PlanRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
