package org.kinerja.console.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.kinerja.console.application.Views.RegionRollup;
import org.kinerja.console.application.Views.Unit;

/**
 * The region's first page for its leaders and the administrator: the year's figures, its agencies ranked weakest first
 * and every flagged unit with the reasons, each unit and agency by name.
 */
public final class RegionOverview {

    private final Platform platform;
    private final Clock clock;
    private final ZoneId zone;

    public RegionOverview(Platform platform, Clock clock, ZoneId zone) {
        this.platform = platform;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code rollup} is empty before any unit of the region has been scored in the period. */
    public record Page(String period, Optional<RegionRollup> rollup, Map<String, String> names) {

        public String nameOf(String unitId) {
            return names.getOrDefault(unitId, unitId);
        }
    }

    public Page of(SignedInUser user, String period) {
        String shown = period == null ? String.valueOf(LocalDate.now(clock.withZone(zone)).getYear()) : period;
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
        return new Page(shown, rollup, Map.copyOf(names));
    }

    /** An OPD's id is its top unit's id, so one look-up names units and agencies alike. */
    private String nameOf(SignedInUser user, String unitId) {
        return platform.find(user, "/api/registry/units/" + unitId, Unit.class).map(Unit::name).orElse(unitId);
    }

}
