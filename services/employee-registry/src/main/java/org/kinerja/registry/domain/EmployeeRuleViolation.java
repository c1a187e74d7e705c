package org.kinerja.registry.domain;

/** A change the registry's rules do not allow; {@code code} is a stable slug for clients. */
public class EmployeeRuleViolation extends RuntimeException {

    private final String code;

    public EmployeeRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
