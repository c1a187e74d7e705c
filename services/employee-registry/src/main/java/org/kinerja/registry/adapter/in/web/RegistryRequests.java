package org.kinerja.registry.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.registry.domain.AsnType;
import org.kinerja.registry.domain.JfLevel;
import org.kinerja.registry.domain.PositionType;
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
            @NotBlank @Pattern(regexp = "KABUPATEN|KOTA|PROVINSI", message = "must be KABUPATEN, KOTA or PROVINSI")
            String kind) {
    }

    record RegisterUnit(
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String unitId,
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String regionId,
            @Pattern(regexp = ID, message = ID_MESSAGE) String parentUnitId,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitType unitType) {
    }

    record RegisterEmployee(
            @NotBlank @Pattern(regexp = "\\d{18}", message = "must be the 18-digit NIP") String nip,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String unitId,
            @NotNull AsnType asnType,
            @NotNull PositionType positionType,
            JfLevel jfLevel,
            Boolean headOfUnit,
            @Pattern(regexp = "\\d{18}", message = "must be the 18-digit NIP") String penilaiId) {
    }
}
