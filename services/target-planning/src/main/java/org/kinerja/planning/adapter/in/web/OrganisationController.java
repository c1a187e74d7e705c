package org.kinerja.planning.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.contracts.events.PerformanceAgreementSet;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.planning.application.ManageOrganisation;
import org.kinerja.planning.domain.OrganisationPredicate;
import org.kinerja.planning.domain.SakipPoints;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agencies' performance agreements and units' organisation predicates. */
@Tag(name = "Agreements and unit predicates", description = "Agencies' performance agreements, SAKIP evaluations and units' organisation predicates")
@RestController
@RequestMapping("/api/planning")
class OrganisationController {

    static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    record Agreement(@NotEmpty @Size(max = 100) List<@Valid @NotNull Target> targets) {
    }

    record Target(@NotBlank @Pattern(regexp = ID, message = "{kinerja.id}")
            String targetId, @NotBlank @Size(max = 1000) String description,
            @NotBlank @Size(max = 1000) String indicator, @NotNull @DecimalMin("0") BigDecimal target,
            @NotBlank @Size(max = 50) String unit) {
    }

    record Predicate(@NotNull OrganisationPredicate predicate) {
    }

    /** SAKIP points per component: Perencanaan (of 30), Pengukuran (of 30), Pelaporan (of 15), Evaluasi internal (of 25). */
    record Sakip(@NotNull BigDecimal perencanaan, @NotNull BigDecimal pengukuran, @NotNull BigDecimal pelaporan,
            @NotNull BigDecimal evaluasiInternal) {
    }

    private final ManageOrganisation organisation;

    OrganisationController(ManageOrganisation organisation) {
        this.organisation = organisation;
    }

    /** Sets (or replaces) the agency's Perjanjian Kinerja for the year. */
    @Operation(summary = "Set an agency's performance agreement for a year")
    @PutMapping("/agencies/{agencyId}/agreements/{year}")
    PerformanceAgreementSet setAgreement(Caller caller, @PathVariable String agencyId, @PathVariable int year,
            @Valid @RequestBody Agreement body) {
        return organisation.setAgreement(caller, agencyId, year, body.targets().stream()
                .map(t -> new PerformanceAgreementSet.Target(t.targetId(), t.description(), t.indicator(),
                        t.target(), t.unit())).toList());
    }

    @Operation(summary = "Read an agency's performance agreement for a year")
    @GetMapping("/agencies/{agencyId}/agreements/{year}")
    PerformanceAgreementSet agreement(Caller caller, @PathVariable String agencyId, @PathVariable int year) {
        return organisation.agreement(caller, agencyId, year).orElseThrow(() -> Refusal.notFound("agreement-not-found",
                "No performance agreement of '" + agencyId + "' for " + year + "."));
    }

    /** Records an evaluator's SAKIP points for the agency and year; scoring grades them (R6). */
    @Operation(summary = "Record an agency's SAKIP evaluation for a year")
    @PutMapping("/agencies/{agencyId}/sakip/{year}")
    SakipEvaluated evaluateSakip(Caller caller, @PathVariable String agencyId,
            @PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody Sakip body) {
        return organisation.evaluateSakip(caller, agencyId, year, new SakipPoints(body.perencanaan(),
                body.pengukuran(), body.pelaporan(), body.evaluasiInternal()));
    }

    @Operation(summary = "Read an agency's SAKIP evaluation for a year")
    @GetMapping("/agencies/{agencyId}/sakip/{year}")
    SakipEvaluated sakip(Caller caller, @PathVariable String agencyId, @PathVariable int year) {
        return organisation.sakip(caller, agencyId, year).orElseThrow(() -> Refusal.notFound("sakip-not-found",
                "No SAKIP evaluation of '" + agencyId + "' for " + year + "."));
    }

    /** Sets the unit's organisation predicate for a period (yyyy, yyyy-mm or yyyy-Qn). */
    @Operation(summary = "Set a unit's organisation predicate for a period")
    @PutMapping("/units/{unitId}/predicates/{period}")
    UnitPredicateSet setPredicate(Caller caller, @PathVariable String unitId,
            @PathVariable @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?",
                    message = "{kinerja.period}")
            String period, @Valid @RequestBody Predicate body) {
        return organisation.setPredicate(caller, unitId, period, body.predicate());
    }

    @Operation(summary = "Read a unit's organisation predicate for a period")
    @GetMapping("/units/{unitId}/predicates/{period}")
    UnitPredicateSet predicate(Caller caller, @PathVariable String unitId, @PathVariable String period) {
        return organisation.predicate(caller, unitId, period).orElseThrow(() -> Refusal.notFound("predicate-not-found",
                "No predicate of unit '" + unitId + "' for " + period + "."));
    }
}
