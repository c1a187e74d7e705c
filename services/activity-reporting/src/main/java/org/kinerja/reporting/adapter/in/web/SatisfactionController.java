package org.kinerja.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.contracts.events.PublicSatisfactionRecorded;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.application.RecordPublicSatisfaction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public (citizen) satisfaction per service unit and month (IKM). */
@Tag(name = "Public satisfaction", description = "Citizens' satisfaction surveys of an agency's services")
@RestController
@RequestMapping("/api/reporting/agencies/{agencyId}/public-satisfaction")
class SatisfactionController {

    record Survey(
            @NotBlank @Size(max = 64) String unitId,
            @Pattern(regexp = "\\d{18}", message = "{kinerja.nip}") String employeeId,
            @Size(max = 64) String indicatorId,
            @NotBlank @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{kinerja.month}") String period,
            @NotNull @Min(1) Integer respondents,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score) {
    }

    private final RecordPublicSatisfaction satisfaction;

    SatisfactionController(RecordPublicSatisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @Operation(summary = "Record a public-satisfaction survey result of an agency")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PublicSatisfactionRecorded record(Caller caller, @PathVariable String agencyId, @Valid @RequestBody Survey body) {
        return satisfaction.record(caller, agencyId, body.unitId(), body.employeeId(), body.indicatorId(),
                body.period(), body.respondents(), body.score());
    }

    @Operation(summary = "List an agency's public-satisfaction results")
    @GetMapping
    List<PublicSatisfactionRecorded> ofAgency(Caller caller, @PathVariable String agencyId,
            @RequestParam String period) {
        return satisfaction.ofAgency(caller, agencyId, period);
    }
}
