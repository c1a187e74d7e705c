package org.kinerja.scoring.adapter.in.kafka;

import org.kinerja.contracts.EventJson;
import org.kinerja.scoring.domain.EmployeeState;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The state store's value format: an employee's state as JSON. */
final class StateJson {

    private static final JsonMapper MAPPER = EventJson.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private StateJson() {
    }

    static byte[] write(EmployeeState state) {
        return MAPPER.writeValueAsBytes(state);
    }

    static EmployeeState read(byte[] bytes) {
        return MAPPER.readValue(bytes, EmployeeState.class);
    }
}
