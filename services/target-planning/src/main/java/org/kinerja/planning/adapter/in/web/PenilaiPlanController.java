package org.kinerja.planning.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.kinerja.planning.application.ManagePlans;
import org.kinerja.planning.domain.Skp;
import org.kinerja.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SKPs of a pejabat penilai's staff, all at once: their work list's approvals. */
@Tag(name = "SKP")
@RestController
@RequestMapping("/api/planning/penilai/{penilaiId}")
class PenilaiPlanController {

    private final ManagePlans plans;

    PenilaiPlanController(ManagePlans plans) {
        this.plans = plans;
    }

    /** Each SKP of the year written so far by someone the penilai rates, whatever its status. */
    @Operation(summary = "List the SKPs a penilai reviews for a year")
    @GetMapping("/plans")
    List<Skp> plans(Caller caller, @PathVariable String penilaiId,
            @RequestParam @Min(2000) @Max(2100) int year) {
        return plans.ofStaffOf(caller, penilaiId, year);
    }
}
