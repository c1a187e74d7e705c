package org.kinerja.scoring.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An employee's scores per period (the year and its months or quarters): capaian per indicator, the proposed and the
 * penilai's ratings, the predicate, the legacy score where used, lock and late-evidence flags. The list is their
 * history, oldest period first.
 */
@Tag(name = "Employee scores", description = "Employees' capaian and proposed ratings, recomputed as reports arrive")
@RestController
@RequestMapping("/api/scoring/employees/{employeeId}/scores")
class ScoreController {

    private final ScoreView view;

    ScoreController(ScoreView view) {
        this.view = view;
    }

    @Operation(summary = "List an employee's scores, one per period")
    @GetMapping
    List<ScoreUpdated> all(Caller caller, @PathVariable String employeeId) {
        ScoreAccess.requirePersonal(caller, employeeId, view);
        return view.ofEmployee(employeeId);
    }

    @Operation(summary = "Read an employee's score for a period")
    @GetMapping("/{period}")
    ScoreUpdated one(Caller caller, @PathVariable String employeeId,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period) {
        ScoreAccess.requirePersonal(caller, employeeId, view);
        ScoreUpdated score = view.find(employeeId, period).orElseThrow(() -> Refusal.notFound("score-not-found",
                "No score yet for employee " + employeeId + " in period " + period + "."));
        return score;
    }
}
