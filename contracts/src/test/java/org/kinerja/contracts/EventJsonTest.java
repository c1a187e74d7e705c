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

    @Test
    void decimalsGoOnTheWireAsPlainNumbers() {
        org.kinerja.contracts.events.ScoreUpdated.IndicatorScore score = new org.kinerja.contracts.events.ScoreUpdated
                .IndicatorScore("iki-1", "UTAMA", "KUANTITAS", new java.math.BigDecimal("1E+2"),
                        new java.math.BigDecimal("1.20E+3"), new java.math.BigDecimal("120.00"), "ABOVE", 3);
        String json = new String(EventJson.write(score), StandardCharsets.UTF_8);
        assertThat(json).contains("\"target\":100,").contains("\"realisation\":1200,").doesNotContain("E+");
    }
}
