package org.kinerja.reporting.adapter;

import java.nio.charset.StandardCharsets;

import org.kinerja.contracts.EventJson;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.GoldenExamples;
import org.kinerja.contracts.events.PlanApproved;

/** Planning's golden approved SKP, made another employee's with an indicator of its own: a plan to evaluate against. */
final class GoldenPlans {

    private GoldenPlans() {
    }

    static PlanApproved approvedFor(String employee, String indicatorId) {
        String json = new String(GoldenExamples.bytes(EventType.PLAN_APPROVED, "valid-staff-plan"),
                StandardCharsets.UTF_8).replace("199207252019032001", employee)
                .replace("\"iki-1\"", "\"" + indicatorId + "\"");
        return EventJson.read(json.getBytes(StandardCharsets.UTF_8), PlanApproved.class);
    }
}
