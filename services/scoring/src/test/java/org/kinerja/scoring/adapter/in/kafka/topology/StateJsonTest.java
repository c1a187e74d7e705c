package org.kinerja.scoring.adapter.in.kafka.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kinerja.scoring.domain.PeriodState;
import org.kinerja.scoring.domain.Rating;

/** The state stores outlive a release: what an earlier version stored reads on after fields were added. */
class StateJsonTest {

    @Test
    void aPeriodStoredBeforeTheNumericPerilakuExistedReadsWithoutOne() {
        String older = "{\"period\":\"2026-03\",\"inputs\":4,\"status\":\"RATED\",\"workflowVersion\":3,"
                + "\"supervisorHasilKerja\":\"MEETS\",\"perilakuKerja\":\"ABOVE\",\"locked\":false,"
                + "\"lockedPredicate\":null,\"lateEvidence\":false,\"peerInput\":false,\"headUnitId\":null,"
                + "\"headUnitPredicate\":null,\"headPredicateVersion\":0,\"contributedUnitId\":\"pelayanan\"}";
        PeriodState state = StateJson.read(older.getBytes(StandardCharsets.UTF_8), PeriodState.class);
        assertThat(state.perilakuKerja()).isEqualTo(Rating.ABOVE);
        assertThat(state.perilakuValue()).isNull();
        assertThat(state.innovation()).isFalse();
        assertThat(StateJson.read(StateJson.write(state), PeriodState.class)).isEqualTo(state);
    }
}
