package org.kinerja.scoring.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.scoring.application.DistributionPreview;
import org.kinerja.scoring.application.ScoreView;
import org.kinerja.scoring.domain.Rating;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's figures per period: predicate counts, average capaian, the organisation predicate and the head's rating,
 * the distribution rule's violations and the bad-performance flag. The list is its trend, oldest period first.
 */
@Tag(name = "Unit scores", description = "Units' figures: predicate mix, distribution check, flags")
@RestController
@RequestMapping("/api/scoring/units/{unitId}/scores")
class UnitScoreController {

    private final ScoreView view;

    UnitScoreController(ScoreView view) {
        this.view = view;
    }

    @Operation(summary = "List a unit's scores, one per period")
    @GetMapping
    List<UnitScoreUpdated> all(Caller caller, @PathVariable String unitId) {
        ScoreAccess.requireUnit(caller, unitId, view);
        return view.ofUnit(unitId);
    }

    /**
     * The unit's distribution if the employee were rated so: what a penilai sees move on the rating form before they
     * finalise. Read by those who read the unit's figures.
     */
    @Operation(summary = "Preview a unit's distribution check for a period before rating")
    @GetMapping("/{period}/preview")
    DistributionPreview.Preview preview(Caller caller, @PathVariable String unitId,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period,
            @RequestParam @Pattern(regexp = "\\d{18}", message = "{kinerja.nip}") String employeeId,
            @RequestParam Rating hasilKerja, @RequestParam Rating perilakuKerja) {
        ScoreAccess.requireUnit(caller, unitId, view);
        return DistributionPreview.of(view, unitId, period, employeeId, hasilKerja, perilakuKerja);
    }

    @Operation(summary = "Read a unit's score for a period")
    @GetMapping("/{period}")
    UnitScoreUpdated one(Caller caller, @PathVariable String unitId,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period) {
        ScoreAccess.requireUnit(caller, unitId, view);
        return view.findUnit(unitId, period).orElseThrow(() -> Refusal.notFound(
                "unit-score-not-found", "No figures yet for unit " + unitId + " in period " + period + "."));
    }
}
