package org.kinerja.console.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Views.RegionRollup;

/**
 * The region's first page for its leaders and the administrator: the year's figures, its agencies ranked weakest first
 * and every flagged unit with the reasons, each unit and agency by name, and the follow-up of the period (rewards,
 * training needs, coaching cases, TPP).
 */
public final class RegionOverview {

    private final Platform platform;
    private final UnitNames unitNames;
    private final Clock clock;
    private final ZoneId zone;

    public RegionOverview(Platform platform, Clock clock, ZoneId zone) {
        this.platform = platform;
        this.unitNames = new UnitNames(platform);
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code rollup} is empty before any unit of the region has been scored in the period. */
    public record Page(String period, Optional<RegionRollup> rollup, Optional<Views.FollowUpSummary> followUp,
            Map<String, String> names) {

        public String nameOf(String unitId) {
            return names.getOrDefault(unitId, unitId);
        }
    }

    /** The year in progress in the region: the period shown unless another is asked for. */
    public String thisYear() {
        return String.valueOf(LocalDate.now(clock.withZone(zone)).getYear());
    }

    public Page of(SignedInUser user, String period) {
        String shown = period == null || !period.matches("\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?") ? thisYear() : period;
        Optional<RegionRollup> rollup = platform.find(user, "/api/scoring/region/rollups/" + shown,
                RegionRollup.class);
        Map<String, String> names = new HashMap<>();
        rollup.ifPresent(r -> {
            r.agencies().forEach(a -> names.computeIfAbsent(a.agencyId(), id -> nameOf(user, id)));
            r.flaggedUnits().forEach(u -> {
                names.computeIfAbsent(u.unitId(), id -> nameOf(user, id));
                names.computeIfAbsent(u.agencyId(), id -> nameOf(user, id));
            });
        });
        Optional<Views.FollowUpSummary> followUp = platform.find(user, "/api/rewards/region/summary/" + shown,
                Views.FollowUpSummary.class);
        return new Page(shown, rollup, followUp, Map.copyOf(names));
    }

    private String nameOf(SignedInUser user, String unitId) {
        return unitNames.of(user, unitId);
    }
}
