package org.kinerja.rewards.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Periods;
import org.kinerja.contracts.events.PeriodRecomputed;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.domain.RewardsPolicy;

/**
 * The region's follow-up policies: versions published by the administrator, each validated before it is put in force
 * (a refused draft leaves the previous version in force), each in force from its effective date. A period is governed
 * by the version pinned for it at its first computation, so a later policy never rewrites past results by itself;
 * re-pinning a past period is an explicit recomputation by the administrator, with a reason, published for audit.
 */
public class PolicyBook {

    private final PolicyStore store;
    /** Versions never change once stored, so each is read once: a period's computation costs one pin lookup. */
    private final Map<Long, RewardsPolicy> versions = new ConcurrentHashMap<>();
    private final String region;
    private final Clock clock;
    private final String source;

    public PolicyBook(PolicyStore store, String region, Clock clock) {
        this.store = store;
        this.region = region;
        this.clock = clock;
        this.source = EventSource.of(region);
    }

    /** Puts the domain brief's defaults in force as version 1 when the region has no policy yet. */
    public void ensureDefaults() {
        if (store.all().isEmpty()) {
            RewardsPolicy defaults = RewardsPolicy.defaults(region);
            store.add(defaults, PolicyEvents.published(defaults, "kinerja-defaults", clock.instant(), source));
        }
    }

    public RewardsPolicy publish(Caller caller, RewardsPolicy draft) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator publishes follow-up policies.");
        }
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-policy", "The policy was refused and the one "
                    + "in force stays: " + String.join("; ", problems) + ".", Map.of("errors", fieldErrors(problems)));
        }
        return OptimisticWrites.retryFor(() -> {
            long version = store.all().stream().mapToLong(RewardsPolicy::version).max().orElse(0) + 1;
            RewardsPolicy policy = new RewardsPolicy(region, version, draft.effectiveFrom(), draft.note(), draft.tpp(),
                    draft.angkaKredit(), draft.rewards(), draft.pembinaan(), draft.training(), draft.calendar());
            if (store.add(policy, PolicyEvents.published(policy, caller.subject(), clock.instant(), source))) {
                return Optional.of(policy);
            }
            return Optional.empty();
        }, () -> Refusal.conflict("policy-conflict", "Another policy was published at the same time; try again."));
    }

    /**
     * Each problem as a field error (as request validation reports them), so a form shows it beside its field: every
     * problem sentence starts with the path of the field it is about ("tpp.capaianCap must be ...").
     */
    private static List<Map<String, String>> fieldErrors(List<String> problems) {
        return problems.stream().map(problem -> Map.of("field", problem.split("[ :,]", 2)[0], "message", problem))
                .toList();
    }

    public List<RewardsPolicy> all() {
        return store.all();
    }

    /** The version in force on a day: the latest effective date not after it (the newest version on a tie). */
    public RewardsPolicy inForce(LocalDate day) {
        return store.all().stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RewardsPolicy::effectiveFrom).thenComparing(RewardsPolicy::version))
                .orElseGet(() -> RewardsPolicy.defaults(region));
    }

    /** The version governing a period: the pinned one, or the one in force at its start, pinned now. */
    public RewardsPolicy forPeriod(String period) {
        Optional<Long> pinned = store.pinned(period);
        long version = pinned.orElseGet(() -> store.pin(period, inForce(Periods.start(period)).version(),
                Optional.empty()));
        return byVersion(version);
    }

    /**
     * Re-pins a past period to the version in force for it now, with the administrator's reason published for audit.
     * The caller then recomputes the period's results.
     */
    public RewardsPolicy repin(Caller caller, String period, String reason) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "Only the region's administrator recomputes a past period.");
        }
        if (!Periods.valid(period)) {
            throw Refusal.invalid("invalid-period", "A period is a year (2026), a month (2026-03) or a "
                    + "quarter (2026-Q1).");
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason-required", "A recomputation of a past period needs a reason.");
        }
        RewardsPolicy now = inForce(Periods.start(period));
        Instant at = clock.instant();
        PeriodRecomputed audit = new PeriodRecomputed(region, period, store.pinned(period).orElse(null),
                now.version(), caller.subject(), reason, at);
        store.pin(period, now.version(), Optional.of(OutgoingEvent.of(EventType.PERIOD_RECOMPUTED, "recomputed:"
                + period + ":" + at.toEpochMilli(), source, region, period, at, audit)));
        return now;
    }

    private RewardsPolicy byVersion(long version) {
        RewardsPolicy stored = versions.computeIfAbsent(version, v -> store.all().stream()
                .filter(p -> p.version() == v).findFirst().orElse(null));
        return stored == null ? RewardsPolicy.defaults(region) : stored;
    }
}
