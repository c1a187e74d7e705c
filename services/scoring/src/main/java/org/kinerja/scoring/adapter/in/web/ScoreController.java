package org.kinerja.scoring.adapter.in.web;

import java.util.List;

import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employee's scores: capaian per indicator and the proposed Hasil Kerja rating, per period. */
@RestController
@RequestMapping("/api/scoring/employees/{employeeId}/scores")
class ScoreController {

    private final ScoreView view;

    ScoreController(ScoreView view) {
        this.view = view;
    }

    @GetMapping
    List<ScoreUpdated> all(Caller caller, @PathVariable String employeeId) {
        List<ScoreUpdated> scores = view.ofEmployee(employeeId);
        scores.stream().findFirst().ifPresent(s -> requireMayRead(caller, s));
        return scores;
    }

    @GetMapping("/{period}")
    ScoreUpdated one(Caller caller, @PathVariable String employeeId, @PathVariable String period) {
        ScoreUpdated score = view.find(employeeId, period).orElseThrow(() -> ApiProblem.notFound("score-not-found",
                "No score yet for employee " + employeeId + " in period " + period + "."));
        requireMayRead(caller, score);
        return score;
    }

    /** Scores are visible to the employee, to anyone of their agency (supervisors, leaders), and the admin. */
    private static void requireMayRead(Caller caller, ScoreUpdated score) {
        if (!caller.isEmployee(score.employeeId()) && !caller.isAdmin()
                && !score.agencyId().equals(caller.agencyId())) {
            throw ApiProblem.forbidden("not-your-agency", "Scores of agency '" + score.agencyId()
                    + "' are visible to that agency and the administrator.");
        }
    }
}
