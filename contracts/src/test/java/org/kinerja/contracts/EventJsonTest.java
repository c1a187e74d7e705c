package org.kinerja.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kinerja.contracts.events.TppCalculated;

/** What an earlier version wrote still reads: a field added since is absent, a field never known is refused. */
class EventJsonTest {

    @Test
    void anEventWrittenBeforeAFlagExistedReadsWithTheFlagOff() {
        String march = new String(GoldenExamples.bytes(EventType.TPP_CALCULATED, "valid-march"),
                StandardCharsets.UTF_8);
        String older = march.replaceAll(",\\s*\"attendanceCountedUntil\"[^,}]*", "")
                .replaceAll(",\\s*\"provisional\"\\s*:\\s*(true|false)", "");
        assertThat(older).doesNotContain("provisional").doesNotContain("attendanceCountedUntil");
        TppCalculated read = EventJson.read(older.getBytes(StandardCharsets.UTF_8), TppCalculated.class);
        assertThat(read.provisional()).isFalse();
        assertThat(read.attendanceCountedUntil()).isNull();
        assertThat(ContractSchemas.validate(EventType.TPP_CALCULATED, older.getBytes(StandardCharsets.UTF_8)))
                .as("the schema requires neither").isEmpty();
    }

    @Test
    void aFieldTheContractDoesNotKnowIsStillRefused() {
        String march = new String(GoldenExamples.bytes(EventType.TPP_CALCULATED, "valid-march"),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"bonus\": 1,");
        assertThatThrownBy(() -> EventJson.read(march.getBytes(StandardCharsets.UTF_8), TppCalculated.class))
                .hasMessageContaining("bonus");
    }
}
