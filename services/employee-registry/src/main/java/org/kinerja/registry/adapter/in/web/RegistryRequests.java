package org.kinerja.registry.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.registry.domain.AsnType;
import org.kinerja.registry.domain.JfLevel;
import org.kinerja.registry.domain.PositionType;
import org.kinerja.registry.domain.RegionalLeadership.KepalaDaerahTitle;
import org.kinerja.registry.domain.UnitType;

/** The registry's request bodies, validated before any use case runs. */
final class RegistryRequests {

    static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    static final String ID_MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-'";

    private RegistryRequests() {
    }

    record RegisterRegion(
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String regionId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "KABUPATEN|KOTA|PROVINSI", message = "{kinerja.region-kind}")
            String kind) {
    }

    record RegisterUnit(
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String unitId,
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String regionId,
            @Pattern(regexp = ID, message = ID_MESSAGE) String parentUnitId,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitType unitType) {
    }

    static final String NIP = "\\d{18}";
    static final String NIP_MESSAGE = "must be the 18-digit NIP";
    /** Pangkat/golongan: I/a-IV/e for PNS, I-XVII for PPPK. */
    static final String RANK = "(I|II|III|IV)/[a-e]|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII";
    static final String RANK_MESSAGE = "must be a pangkat/golongan such as III/a (PNS) or IX (PPPK)";

    /** A NIK, if a client sends one, is not a field here: it is dropped on arrival and never stored. */
    record RegisterEmployee(
            @NotBlank @Pattern(regexp = NIP, message = NIP_MESSAGE) String nip,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String unitId,
            @NotNull AsnType asnType,
            @NotNull PositionType positionType,
            JfLevel jfLevel,
            @Pattern(regexp = RANK, message = RANK_MESSAGE) String rank,
            Boolean headOfUnit,
            @Pattern(regexp = NIP, message = NIP_MESSAGE) String penilaiId,
            LocalDate effectiveFrom) {
    }

    record UpdateData(@NotBlank @Size(max = 200) String name,
            @Pattern(regexp = RANK, message = RANK_MESSAGE) String rank, LocalDate effectiveFrom) {
    }

    record Transfer(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String unitId, Boolean headOfUnit,
            LocalDate effectiveFrom) {
    }

    record ChangePosition(@NotNull PositionType positionType, JfLevel jfLevel,
            @Pattern(regexp = RANK, message = RANK_MESSAGE) String rank, LocalDate effectiveFrom) {
    }

    record OverridePenilai(@NotBlank @Pattern(regexp = NIP, message = NIP_MESSAGE) String penilaiId,
            @Pattern(regexp = NIP, message = NIP_MESSAGE) String atasanPenilaiId, LocalDate effectiveFrom) {
    }

    record Deactivate(LocalDate effectiveFrom) {
    }

    /** The kepala daerah (a kdh- id: they hold no NIP) and the Sekda's NIP, null while that office is vacant. */
    record SetLeadership(
            @NotBlank @Pattern(regexp = "^kdh-[a-z0-9][a-z0-9-]{0,39}$", message = "{kinerja.kepala-daerah-id}")
            String kepalaDaerahId,
            @NotBlank @Size(max = 200) String kepalaDaerahName,
            @NotNull KepalaDaerahTitle kepalaDaerahTitle,
            @Pattern(regexp = NIP, message = NIP_MESSAGE) String sekdaId, LocalDate effectiveFrom) {
    }
}
