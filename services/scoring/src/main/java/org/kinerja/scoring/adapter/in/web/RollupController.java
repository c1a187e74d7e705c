package org.kinerja.scoring.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.kinerja.contracts.events.UnitScoreUpdated;
import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.scoring.application.AgencySakip;
import org.kinerja.scoring.application.Rollups;
import org.kinerja.scoring.application.ScoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What leaders look at: an agency's and the region's figures per period with units ranked weakest first, trends over
 * periods, and the units flagged as performing badly.
 */
@Tag(name = "Rollups", description = "Agencies' and the region's figures, trends and flagged units")
@RestController
class RollupController {

    private final ScoreView view;
    private final String region;

    RollupController(ScoreView view, KinerjaProperties properties) {
        this.view = view;
        this.region = properties.region();
    }

    @Operation(summary = "Read an agency's rollup for a period")
    @GetMapping("/api/scoring/agencies/{agencyId}/rollups/{period}")
    Rollups.AgencyRollup agency(Caller caller, @PathVariable String agencyId,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period) {
        ScoreAccess.requireAgency(caller, agencyId);
        List<UnitScoreUpdated> units = view.unitsOfAgency(agencyId, period);
        if (units.isEmpty()) {
            throw Refusal.notFound("rollup-not-found", "No unit of agency '" + agencyId + "' has figures for "
                    + period + " yet.");
        }
        AgencySakip sakip = period.length() == 4 ? view.sakip(agencyId, Integer.parseInt(period)).orElse(null)
                : null;
        return Rollups.agency(agencyId, period, units, sakip);
    }

    /** The agency's SAKIP evaluation for a year with its grade (R6). */
    @Operation(summary = "Read an agency's SAKIP figures for a year")
    @GetMapping("/api/scoring/agencies/{agencyId}/sakip/{year}")
    AgencySakip sakip(Caller caller, @PathVariable String agencyId, @PathVariable int year) {
        ScoreAccess.requireAgency(caller, agencyId);
        return view.sakip(agencyId, year).orElseThrow(() -> Refusal.notFound("sakip-not-found",
                "No SAKIP evaluation of '" + agencyId + "' for " + year + " yet."));
    }

    @Operation(summary = "Read an agency's trend over periods")
    @GetMapping("/api/scoring/agencies/{agencyId}/trend")
    List<Rollups.TrendPoint> agencyTrend(Caller caller, @PathVariable String agencyId) {
        ScoreAccess.requireAgency(caller, agencyId);
        return Rollups.trend(view.unitsOfAgency(agencyId, null));
    }

    @Operation(summary = "Read the region's rollup for a period")
    @GetMapping("/api/scoring/region/rollups/{period}")
    Rollups.RegionRollup region(Caller caller,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period) {
        ScoreAccess.requireRegion(caller);
        List<UnitScoreUpdated> units = view.unitsOfRegion(period);
        if (units.isEmpty()) {
            throw Refusal.notFound("rollup-not-found", "No unit has figures for " + period + " yet.");
        }
        return Rollups.region(region, period, units);
    }

    @Operation(summary = "Read the region's trend over periods")
    @GetMapping("/api/scoring/region/trend")
    List<Rollups.TrendPoint> regionTrend(Caller caller) {
        ScoreAccess.requireRegion(caller);
        return Rollups.trend(view.unitsOfRegion(null));
    }

    /** The flagged units the caller may see (the whole region for its readers, else their agency), weakest first. */
    @Operation(summary = "List the units flagged for a period and why")
    @GetMapping("/api/scoring/flagged-units/{period}")
    List<Rollups.RankedUnit> flagged(Caller caller,
            @PathVariable @Pattern(regexp = ScoreAccess.PERIOD, message = ScoreAccess.PERIOD_MESSAGE) String period) {
        List<UnitScoreUpdated> units;
        if (caller.readsRegion()) {
            units = view.unitsOfRegion(period);
        } else if (caller.agencyId() != null) {
            units = view.unitsOfAgency(caller.agencyId(), period);
        } else {
            throw Refusal.notAllowed("region-readers-only",
                    "Flagged units are for an agency's members, the region's administrator and its leaders.");
        }
        return Rollups.region(region, period, units).flaggedUnits();
    }
}
