package org.kinerja.registry.domain;

import org.kinerja.platform.refusal.Refusal;

/** A change the registry's rules do not allow: a refusal of the request that asked for it
 * (the web adapter answers it as 422 problem details with its stable {@code code}). */
public class EmployeeRuleViolation extends Refusal {

    public EmployeeRuleViolation(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
