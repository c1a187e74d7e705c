package org.kinerja.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EmployeeTest {

    private static final Unit PELAYANAN = new Unit("pelayanan", "makassar", "dukcapil", "dukcapil", "Pelayanan",
            UnitType.BIDANG, Instant.EPOCH);
    private static final Unit PIAS = new Unit("pias", "makassar", "dukcapil", "dukcapil", "PIAS", UnitType.BIDANG,
            Instant.EPOCH);

    private static Employee staff() {
        return Employee.registered("199207252019032001", "Siti", "III/a", PELAYANAN, AsnType.PNS,
                PositionType.PELAKSANA, null, false, "head-a", "opd-head", false, LocalDate.of(2026, 1, 2),
                Instant.EPOCH);
    }

    @Test
    void historyAnswersWhoTheEmployeeWasOnAnyDay() {
        Employee moved = staff().transfer(PIAS, false, LocalDate.of(2026, 3, 1))
                .withPenilai("head-b", "opd-head", false, LocalDate.of(2026, 3, 1));
        assertThat(moved.version()).isEqualTo(3);
        assertThat(moved.asOf(LocalDate.of(2026, 2, 15))).hasValueSatisfying(a -> {
            assertThat(a.unitId()).isEqualTo("pelayanan");
            assertThat(a.penilaiId()).isEqualTo("head-a");
        });
        assertThat(moved.asOf(LocalDate.of(2026, 3, 15))).hasValueSatisfying(a -> {
            assertThat(a.unitId()).isEqualTo("pias");
            assertThat(a.penilaiId()).isEqualTo("head-b");
            assertThat(a.change()).isEqualTo("PENILAI_CHANGED");
        });
        assertThat(moved.asOf(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(moved.history()).hasSize(2);
    }

    @Test
    void historyIsNeverRewritten() {
        Employee moved = staff().transfer(PIAS, false, LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> moved.changePosition(PositionType.PENGAWAS, null, null, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(EmployeeRuleViolation.class).hasMessageContaining("before the last change");
    }

    @Test
    void aDeactivatedEmployeeCannotChange() {
        Employee gone = staff().deactivate(LocalDate.of(2026, 6, 30));
        assertThat(gone.active()).isFalse();
        assertThat(gone.asOf(LocalDate.of(2026, 7, 1))).hasValueSatisfying(a -> assertThat(a.active()).isFalse());
        assertThatThrownBy(() -> gone.update("x", null, LocalDate.of(2026, 7, 1)))
                .isInstanceOf(EmployeeRuleViolation.class).hasMessageContaining("deactivated");
    }

    @Test
    void rulesOfChanges() {
        assertThatThrownBy(() -> staff().transfer(PELAYANAN, false, LocalDate.of(2026, 3, 1)))
                .hasMessageContaining("already in unit");
        assertThatThrownBy(() -> staff().changePosition(PositionType.JF, null, null, LocalDate.of(2026, 3, 1)))
                .hasMessageContaining("jfLevel");
        assertThatThrownBy(() -> staff().withPenilai("199207252019032001", null, true, LocalDate.of(2026, 3, 1)))
                .hasMessageContaining("own pejabat penilai");
        Employee promoted = staff().changePosition(PositionType.JF, JfLevel.AHLI_PERTAMA, "III/b",
                LocalDate.of(2026, 4, 1));
        assertThat(promoted.rank()).isEqualTo("III/b");
        assertThat(promoted.lastChange()).isEqualTo(EmployeeChange.POSITION_CHANGED);
    }
}
