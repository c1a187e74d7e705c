package org.kinerja.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kinerja.registry.domain.PenilaiResolution.Resolved;
import org.kinerja.registry.domain.RegionalLeadership.KepalaDaerahTitle;

/**
 * A pemda's tree: the Sekretariat Daerah (headed by the Sekda), Dinas Kesehatan (kadis) with a bidang (kabid) and a
 * subbag under it (kasubbag), staff in the subbag and directly in the dinas.
 */
class PenilaiResolutionTest {

    private static final RegionalLeadership LEADERSHIP = RegionalLeadership.first("mks", "kdh-mks", "Walikota",
            KepalaDaerahTitle.WALIKOTA, "sekda", LocalDate.of(2026, 1, 1), Instant.EPOCH);

    /** Units to their parent and head; employees to their stored penilai. */
    private final Map<String, String> parents = new HashMap<>(Map.of("bidang", "dinkes", "subbag", "bidang"));
    private final Map<String, String> heads = new HashMap<>(Map.of("setda", "sekda", "dinkes", "kadis",
            "bidang", "kabid", "subbag", "kasubbag"));
    private final Map<String, String> penilai = new HashMap<>(Map.of("kadis", "sekda", "sekda", "kdh-mks",
            "kabid", "kadis", "kasubbag", "kabid"));

    private final PenilaiResolution.Tree tree = new PenilaiResolution.Tree() {
        @Override
        public Optional<String> headOf(String unitId) {
            return Optional.ofNullable(heads.get(unitId));
        }

        @Override
        public Optional<String> parentOf(String unitId) {
            return Optional.ofNullable(parents.get(unitId));
        }

        @Override
        public Optional<String> penilaiOf(String employeeId) {
            return Optional.ofNullable(penilai.get(employeeId));
        }

        @Override
        public boolean headsAnOpd(String employeeId) {
            return employeeId.equals("sekda") || employeeId.equals("kadis");
        }
    };

    private Resolved resolve(String employee, String unit, boolean head) {
        return PenilaiResolution.resolve(employee, unit, head, tree, Optional.of(LEADERSHIP));
    }

    @Test
    void staffAreRatedByTheHeadOfTheirUnitWithThatHeadsPenilaiAbove() {
        assertThat(resolve("pelaksana", "subbag", false)).isEqualTo(new Resolved("kasubbag", "kabid"));
    }

    @Test
    void aUnitHeadIsRatedByTheHeadOfTheParentUnit() {
        assertThat(resolve("kasubbag", "subbag", true)).isEqualTo(new Resolved("kabid", "kadis"));
    }

    @Test
    void whoeverAnOpdHeadRatesHasTheKepalaDaerahAsAtasanPenilai() {
        assertThat(resolve("kabid", "bidang", true)).as("an Administrator (the domain brief)")
                .isEqualTo(new Resolved("kadis", "kdh-mks"));
        assertThat(resolve("staf-dinas", "dinkes", false)).as("staff directly in the OPD")
                .isEqualTo(new Resolved("kadis", "kdh-mks"));
    }

    @Test
    void anOpdHeadIsRatedByTheSekdaAndTheSekdaByTheKepalaDaerahWhoDecidesTheirObjectionsToo() {
        assertThat(resolve("kadis", "dinkes", true)).isEqualTo(new Resolved("sekda", "kdh-mks"));
        assertThat(resolve("sekda", "setda", true)).isEqualTo(new Resolved("kdh-mks", "kdh-mks"));
    }

    @Test
    void whileTheSekdaOfficeIsVacantTheKepalaDaerahRatesTheOpdHeads() {
        RegionalLeadership vacant = LEADERSHIP.next("kdh-mks", "Walikota", KepalaDaerahTitle.WALIKOTA, null,
                LocalDate.of(2026, 6, 1), Instant.EPOCH);
        assertThat(PenilaiResolution.resolve("kadis", "dinkes", true, tree, Optional.of(vacant)))
                .isEqualTo(new Resolved("kdh-mks", "kdh-mks"));
    }

    @Test
    void withoutARecordedLeadershipTheTopOfTheTreeHasNoPenilai() {
        assertThat(PenilaiResolution.resolve("kadis", "dinkes", true, tree, Optional.empty()))
                .isEqualTo(new Resolved(null, null));
        assertThat(PenilaiResolution.resolve("kabid", "bidang", true, tree, Optional.empty()))
                .as("the atasan is then the penilai's own penilai").isEqualTo(new Resolved("kadis", "sekda"));
    }

    @Test
    void noHeadYetMeansNoPenilaiAndNobodyRatesThemselves() {
        heads.remove("subbag");
        assertThat(resolve("pelaksana", "subbag", false)).isEqualTo(new Resolved(null, null));
        assertThat(resolve("kabid", "bidang", false)).as("a head registered as staff of their own unit")
                .isEqualTo(new Resolved(null, null));
    }

    @Test
    void aKepalaDaerahIdIsNotANipAndALeadershipCannotGoBackInTime() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegionalLeadership.first("mks",
                "197003151995031002", "Walikota", KepalaDaerahTitle.WALIKOTA, null, LocalDate.of(2026, 1, 1),
                Instant.EPOCH)).hasFieldOrPropertyWithValue("code", "invalid-kepala-daerah-id");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LEADERSHIP.next("kdh-mks", "Walikota",
                KepalaDaerahTitle.WALIKOTA, null, LocalDate.of(2025, 12, 31), Instant.EPOCH))
                .hasFieldOrPropertyWithValue("code", "effective-date-before-last-change");
    }
}
