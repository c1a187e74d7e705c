package org.kinerja.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.application.ReportRealisation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Realisasi per indicator per month or quarter, with evidence, budget and the explanation of a shortfall. */
@Tag(name = "Realisations", description = "Realisasi: an indicator's achieved value for a period")
@RestController
@RequestMapping("/api/reporting")
class RealisationController {

    record Realisation(
            @NotBlank @Pattern(regexp = "\\d{18}", message = "{kinerja.nip}") String employeeId,
            @NotBlank @Size(max = 64) String agencyId,
            @NotBlank @Size(max = 64) String indicatorId,
            @NotBlank @Pattern(regexp = "\\d{4}-((0[1-9]|1[0-2])|Q[1-4])", message = "{kinerja.month-or-quarter}")
            String period,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal realisation,
            @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal budgetRealisation,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{kinerja.link}")
            String evidenceUrl,
            @Size(max = 4000) String explanation) {
    }

    private final ReportRealisation realisations;

    RealisationController(ReportRealisation realisations) {
        this.realisations = realisations;
    }

    /** 202 once Kafka has it; reporting the same indicator and period again replaces it. */
    @Operation(summary = "Report an indicator's realisation for a period")
    @PostMapping("/realisations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RealisationReported report(Caller caller, @Valid @RequestBody Realisation body) {
        return realisations.report(caller, body.employeeId(), body.agencyId(), body.indicatorId(), body.period(),
                body.realisation(), body.budgetRealisation(), body.evidenceUrl(), body.explanation());
    }

    @Operation(summary = "List an employee's realisations")
    @GetMapping("/employees/{employeeId}/realisations")
    List<RealisationReported> ofEmployee(Caller caller, @PathVariable String employeeId) {
        return realisations.ofEmployee(caller, employeeId);
    }
}
