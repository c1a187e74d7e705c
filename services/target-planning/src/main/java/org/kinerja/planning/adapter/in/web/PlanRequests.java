package org.kinerja.planning.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.planning.domain.PlanEnums;

/** planning's request bodies, validated before any use case runs. */
final class PlanRequests {

    private PlanRequests() {
    }

    record CreatePlan(
            @NotBlank @Pattern(regexp = "\\d{18}", message = "{kinerja.nip}") String employeeId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull PlanEnums.Approach approach,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull CreateRhk> rhk) {
    }

    record CreateRhk(
            @Size(max = 64) String rhkId,
            @NotNull PlanEnums.RhkKind kind,
            @Size(max = 64) String parentRhkId,
            @NotBlank @Size(max = 1000) String description,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull CreateIndicator> indicators) {
    }

    record CreateIndicator(
            @Size(max = 64) String indicatorId,
            @NotBlank @Size(max = 1000) String description,
            @NotNull PlanEnums.Aspect aspect,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal target,
            @NotBlank @Size(max = 50) String unit,
            @NotNull PlanEnums.Polarity polarity,
            @NotNull PlanEnums.Aggregation aggregation,
            @Size(max = 12) List<@Valid @NotNull PeriodTarget> periodTargets,
            PlanEnums.CapaianSource capaianSource, Boolean evidenceRequired) {
    }

    /** A rencana aksi target: for a month (yyyy-mm) or a quarter (yyyy-Qn). */
    record PeriodTarget(
            @NotBlank @Pattern(regexp = "\\d{4}-((0[1-9]|1[0-2])|Q[1-4])", message = "{kinerja.month-or-quarter}")
            String period,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal target,
            @Size(max = 1000) String description) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String note) {
    }

    /** New content for an edit or a revision; an RHK or indicator that keeps its id keeps its reports. */
    record Content(@NotEmpty @Size(max = 30) List<@Valid @NotNull CreateRhk> rhk) {
    }
}
