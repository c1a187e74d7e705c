package org.kinerja.reporting.domain;

import org.kinerja.platform.refusal.Refusal;

/** A transition the evaluation workflow does not allow: a refusal of the request that asked for it
 * (the web adapter answers it as 422 problem details with its stable {@code code}). */
public class PeriodRuleViolation extends Refusal {

    public PeriodRuleViolation(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
