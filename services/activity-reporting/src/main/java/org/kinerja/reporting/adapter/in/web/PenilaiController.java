package org.kinerja.reporting.adapter.in.web;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.application.PenilaiStaff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A pejabat penilai's staff as their work list reads them, all at once. */
@Tag(name = "Evaluations")
@RestController
@RequestMapping("/api/reporting/penilai/{penilaiId}")
class PenilaiController {

    private final PenilaiStaff staff;

    PenilaiController(PenilaiStaff staff) {
        this.staff = staff;
    }

    /**
     * Everyone the penilai rates or (as atasan penilai) decides objections of: their periods acted on, objections
     * against final annual evaluations, and the daily reports logged in {@code month}.
     */
    @Operation(summary = "List a penilai's staff with what waits for the penilai")
    @GetMapping("/staff")
    List<PenilaiStaff.Staff> staff(Caller caller, @PathVariable String penilaiId,
            @RequestParam @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{kinerja.month}") String month) {
        return staff.of(caller, penilaiId, YearMonth.parse(month));
    }
}
