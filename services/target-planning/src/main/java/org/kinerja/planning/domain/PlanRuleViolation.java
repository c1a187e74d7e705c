package org.kinerja.planning.domain;

import org.kinerja.platform.refusal.Refusal;

/** A transition or content the SKP rules do not allow: a refusal of the request that asked for it
 * (the web adapter answers it as 422 problem details with its stable {@code code}). */
public class PlanRuleViolation extends Refusal {

    public PlanRuleViolation(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
