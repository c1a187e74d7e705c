package org.kinerja.console.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Plan;

/**
 * An employee writes their SKP of the year: one RHK at a time with its first indicator, each cascading from an RHK
 * of their superior's approved SKP (or, for the head of an OPD, a target of the agency's performance agreement),
 * then submits it to their penilai. The first RHK creates the draft; each next one replaces the draft's content with
 * what it held plus the new RHK. Once approved, the employee may propose a revision of its targets, which the
 * penilai decides while the approved SKP stays in force. The rules (the cascade, the states) are planning's, which
 * refuses what breaks them.
 */
public final class SkpWriting {

    private final Platform platform;

    public SkpWriting(Platform platform) {
        this.platform = platform;
    }

    /** What an RHK may cascade from: an id and the words the employee recognises it by. */
    public record Source(String id, String description) {
    }

    /** One RHK with its first indicator, as the form takes it. */
    public record NewRhk(String kind, String parentRhkId, String description, String indicator, String aspect,
            BigDecimal target, String unit, String polarity) {
    }

    record AgreementTarget(String targetId, String description) {
    }

    record Agreement(List<AgreementTarget> targets) {

        Agreement {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    /**
     * The RHK the employee's may cascade from: their penilai's approved SKP of the year, or the agency's performance
     * agreement for the head of an OPD (who has no superior in the agency).
     */
    public List<Source> sources(SignedInUser user, Employee employee, Optional<Views.Unit> unit, int year) {
        boolean headOfOpd = employee.headOfUnit() && unit.map(u -> u.parentUnitId() == null).orElse(false);
        if (headOfOpd) {
            return platform.find(user, "/api/planning/agencies/" + employee.agencyId() + "/agreements/" + year,
                    Agreement.class).map(a -> a.targets().stream()
                            .map(t -> new Source(t.targetId(), t.description())).toList()).orElse(List.of());
        }
        if (employee.penilaiId() == null) {
            return List.of();
        }
        return platform.find(user, PlatformReads.planPath(employee.penilaiId(), year), Plan.class)
                .filter(p -> "APPROVED".equals(p.status()) || "REVISION_SUBMITTED".equals(p.status()))
                .map(p -> p.rhk().stream().map(r -> new Source(r.rhkId(), r.description())).toList())
                .orElse(List.of());
    }

    /** {@link #sources} by id: the words each RHK's link points to. */
    public Map<String, String> sourceNames(SignedInUser user, Employee employee, int year) {
        Optional<Views.Unit> unit = employee.unitId() == null ? Optional.empty()
                : platform.find(user, "/api/registry/units/" + employee.unitId(), Views.Unit.class);
        return sources(user, employee, unit, year).stream()
                .collect(Collectors.toMap(Source::id, Source::description, (a, b) -> a));
    }

    /** Adds the RHK: creates the draft SKP with it, or sends the draft's content back with it added. */
    public Plan add(SignedInUser user, int year, NewRhk rhk) {
        Optional<Plan> draft = PlatformReads.plan(platform, user, user.subject(), year);
        Map<String, Object> added = rhk(rhk);
        if (draft.isEmpty()) {
            return platform.send(user, Platform.Command.post("/api/planning/plans", Map.of("employeeId",
                    user.subject(), "year", year, "approach", "KUANTITATIF", "rhk", List.of(added))), Plan.class);
        }
        List<Object> content = new ArrayList<>(draft.get().rhk());
        content.add(added);
        return platform.send(user, new Platform.Command("PUT", PlatformReads.planPath(user.subject(), year) + "/content",
                Map.of("rhk", content), null), Plan.class);
    }

    public Plan submit(SignedInUser user, int year) {
        return platform.send(user, Platform.Command.post(PlatformReads.planPath(user.subject(), year) + "/submit", Map.of()),
                Plan.class);
    }

    /**
     * Proposes a revision of the approved SKP with new targets for the indicators named (by id); everything else is
     * sent back as planning holds it (read as it is, so nothing the console does not show is lost), and every RHK and
     * indicator keeps its id, so their reports stay theirs.
     */
    @SuppressWarnings("unchecked")
    public Plan reviseTargets(SignedInUser user, int year, Map<String, BigDecimal> targets) {
        String path = PlatformReads.planPath(user.subject(), year);
        Map<String, Object> approved = platform.find(user, path, Map.class).orElseThrow(() -> new PlatformRefusal(
                404, "plan-not-found", null, "No SKP for " + year, List.of()));
        List<Map<String, Object>> content = (List<Map<String, Object>>) approved.get("rhk");
        for (Map<String, Object> rhk : content) {
            for (Map<String, Object> indicator : (List<Map<String, Object>>) rhk.get("indicators")) {
                BigDecimal target = targets.get(String.valueOf(indicator.get("indicatorId")));
                if (target != null) {
                    indicator.put("target", target);
                }
            }
        }
        return platform.send(user, Platform.Command.post(path + "/revision", Map.of("rhk", content)), Plan.class);
    }

    /** The RHK as planning takes it; blank choices are left out, so planning says what is missing. */
    private static Map<String, Object> rhk(NewRhk rhk) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("description", rhk.indicator());
        indicator.put("aspect", blankToNull(rhk.aspect()));
        indicator.put("target", rhk.target());
        indicator.put("unit", rhk.unit());
        indicator.put("polarity", rhk.polarity() == null || rhk.polarity().isBlank() ? "HIGHER_IS_BETTER"
                : rhk.polarity());
        indicator.put("aggregation", "SUM");
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("kind", blankToNull(rhk.kind()));
        added.put("parentRhkId", blankToNull(rhk.parentRhkId()));
        added.put("description", rhk.description());
        added.put("indicators", List.<Object>of(indicator));
        return added;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
