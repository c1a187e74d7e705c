package org.kinerja.console.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Views.AgencyRollup;
import org.kinerja.console.application.Views.Reward;
import org.kinerja.console.application.Views.TrendPoint;
import org.kinerja.console.application.Views.Unit;
import org.kinerja.console.application.Views.UnitScore;

/**
 * The leader's drill-down below the region: an agency (its figures, SAKIP grade, units ranked weakest first, its
 * trend) and a unit (its predicate mix against the distribution pattern of its organisation predicate, why it is
 * flagged, its trend, the rewards of the period). Scoring and rewards decide who may read which; units and agencies
 * are shown by name.
 */
public final class Drilldown {

    private final Platform platform;
    private final UnitNames names;

    public Drilldown(Platform platform) {
        this.platform = platform;
        this.names = new UnitNames(platform);
    }

    public record AgencyPage(String agencyId, String name, String period, Optional<AgencyRollup> rollup,
            List<TrendPoint> trend, Map<String, String> names) {

        public String nameOf(String unitId) {
            return names.getOrDefault(unitId, unitId);
        }
    }

    public record UnitPage(Unit unit, String agencyName, String period, Optional<UnitScore> score,
            List<UnitScore> trend, List<Reward> rewards) {
    }

    public AgencyPage agency(SignedInUser user, String agencyId, String period) {
        Optional<AgencyRollup> rollup = platform.find(user, "/api/scoring/agencies/" + agencyId + "/rollups/"
                + period, AgencyRollup.class);
        List<TrendPoint> trend = platform.list(user, "/api/scoring/agencies/" + agencyId + "/trend",
                TrendPoint.class).stream().filter(t -> t.period().startsWith(period.substring(0, 4) + "-")).toList();
        Map<String, String> names = new HashMap<>();
        rollup.ifPresent(r -> r.units().forEach(u -> names.computeIfAbsent(u.unitId(), id -> nameOf(user, id))));
        return new AgencyPage(agencyId, nameOf(user, agencyId), period, rollup, trend, Map.copyOf(names));
    }

    public UnitPage unit(SignedInUser user, String unitId, String period) {
        Unit unit = platform.find(user, "/api/registry/units/" + unitId, Unit.class).orElseThrow(
                () -> new PlatformRefusal(404, "unit-not-found", null, "No unit " + unitId, List.of()));
        String base = "/api/scoring/units/" + unitId + "/scores";
        Optional<UnitScore> score = platform.find(user, base + "/" + period, UnitScore.class);
        List<UnitScore> trend = platform.list(user, base, UnitScore.class).stream()
                .filter(s -> s.period().startsWith(period.substring(0, 4) + "-"))
                .sorted(Comparator.comparing(UnitScore::period)).toList();
        List<Reward> rewards = platform.list(user, "/api/rewards/units/" + unitId + "/rewards/" + period,
                Reward.class);
        return new UnitPage(unit, nameOf(user, unit.agencyId()), period, score, trend, rewards);
    }

    private String nameOf(SignedInUser user, String unitId) {
        return names.of(user, unitId);
    }
}
