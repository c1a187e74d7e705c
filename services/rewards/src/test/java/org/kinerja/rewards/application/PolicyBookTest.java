package org.kinerja.rewards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.security.Role;
import org.kinerja.rewards.domain.RewardsPolicy;

/** Effective dates switching mid-year, pins that keep past periods, and the audited re-pin. */
class PolicyBookTest {
    /** The store port kept in memory: what the Mongo adapter does, without the database. */
    static final class MemoryPolicyStore implements PolicyStore {
        final List<RewardsPolicy> policies = new ArrayList<>();
        final Map<String, Long> pins = new HashMap<>();
        final List<OutgoingEvent> events = new ArrayList<>();

        @Override
        public List<RewardsPolicy> all() {
            return List.copyOf(policies);
        }

        @Override
        public boolean add(RewardsPolicy policy, OutgoingEvent event) {
            if (policies.stream().anyMatch(p -> p.version() == policy.version())) {
                return false;
            }
            policies.add(policy);
            events.add(event);
            return true;
        }

        @Override
        public Optional<Long> pinned(String period) {
            return Optional.ofNullable(pins.get(period));
        }

        @Override
        public long pin(String period, long version, Optional<OutgoingEvent> audit) {
            if (audit.isPresent()) {
                pins.put(period, version);
                events.add(audit.get());
                return version;
            }
            return pins.computeIfAbsent(period, p -> version);
        }
    }

    private static final Caller ADMIN = new Caller("bkpsdm", java.util.Set.of(Role.ADMIN), null, "makassar");
    private final MemoryPolicyStore store = new MemoryPolicyStore();
    private final PolicyBook book = new PolicyBook(store, "makassar", Clock.fixed(Instant.parse(
            "2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void defaults() {
        book.ensureDefaults();
    }

    private static RewardsPolicy from(String day) {
        RewardsPolicy d = RewardsPolicy.defaults("makassar");
        return new RewardsPolicy(null, 0, LocalDate.parse(day), "x", d.tpp(), d.angkaKredit(), d.rewards(),
                d.pembinaan(), d.training(), d.calendar());
    }

    @Test
    void theVersionInForceSwitchesOnItsEffectiveDate() {
        book.publish(ADMIN, from("2026-07-01"));
        assertThat(book.inForce(LocalDate.of(2026, 6, 30)).version()).isEqualTo(1);
        assertThat(book.inForce(LocalDate.of(2026, 7, 1)).version()).isEqualTo(2);
        assertThat(book.forPeriod("2026-06").version()).isEqualTo(1);
        assertThat(book.forPeriod("2026-07").version()).isEqualTo(2);
        assertThat(book.forPeriod("2026").version()).as("the year starts in January").isEqualTo(1);
        assertThat(store.events).hasSize(2);
    }

    @Test
    void aBackdatedVersionDoesNotMovePinnedPeriodsUntilAnAuditedRepin() {
        assertThat(book.forPeriod("2026-03").version()).isEqualTo(1);
        book.publish(ADMIN, from("2026-01-01"));
        assertThat(book.forPeriod("2026-03").version()).as("pinned").isEqualTo(1);
        assertThat(book.forPeriod("2026-04").version()).as("not computed before: the new version").isEqualTo(2);
        assertThatThrownBy(() -> book.repin(ADMIN, "2026-03", " ")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> book.repin(new Caller("x", java.util.Set.of(Role.AGENCY_ADMIN), "a", "makassar"),
                "2026-03", "why")).isInstanceOf(Refusal.class);
        assertThat(book.repin(ADMIN, "2026-03", "Perwali 12/2026").version()).isEqualTo(2);
        assertThat(book.forPeriod("2026-03").version()).isEqualTo(2);
        assertThat(store.events).hasSize(3);
    }

    @Test
    void aRefusedDraftLeavesTheVersionInForce() {
        assertThatThrownBy(() -> book.publish(ADMIN, from("2026-07-15"))).isInstanceOf(Refusal.class)
                .hasMessageContaining("effectiveFrom must be the first day of a month");
        assertThat(store.all()).hasSize(1);
        assertThat(book.inForce(LocalDate.of(2027, 1, 1)).version()).isEqualTo(1);
    }
}
