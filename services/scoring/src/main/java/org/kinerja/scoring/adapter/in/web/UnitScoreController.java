package org.kinerja.scoring.adapter.in.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's figures per period: predicate counts, average capaian, the organisation predicate and the head's rating,
 * the distribution rule's violations and the bad-performance flag. The list is its trend, oldest period first.
 */
@RestController
@RequestMapping("/api/scoring/units/{unitId}/scores")
class UnitScoreController {

    private final ScoreView view;

    UnitScoreController(ScoreView view) {
        this.view = view;
    }

    @GetMapping
    List<UnitScoreUpdated> all(Caller caller, @PathVariable String unitId) {
        ScoreAccess.requireUnit(caller, unitId, view);
        return view.ofUnit(unitId);
    }

    @GetMapping("/{period}")
    UnitScoreUpdated one(Caller caller, @PathVariable String unitId,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period) {
        ScoreAccess.requireUnit(caller, unitId, view);
        return view.findUnit(unitId, period).orElseThrow(() -> ApiProblem.notFound(
                "unit-score-not-found", "No figures yet for unit " + unitId + " in period " + period + "."));
    }
}
