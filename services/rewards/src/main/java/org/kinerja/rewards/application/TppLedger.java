package org.kinerja.rewards.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Periods;
import org.kinerja.contracts.events.AngkaKreditCalculated;
import org.kinerja.contracts.events.TppCalculated;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.domain.AngkaKreditCalculation;
import org.kinerja.rewards.domain.AttendanceDay;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.kinerja.rewards.domain.Predicate;
import org.kinerja.rewards.domain.RewardsPolicy;
import org.kinerja.rewards.domain.TppCalculation;

/**
 * Keeps every employee's monthly TPP and yearly angka kredit up to date as their inputs arrive (scores, attendance,
 * BerAKHLAK scores, the registry's profile), each under the policy pinned for its period, and publishes each changed
 * result. Every input is applied once: a score no newer than the one held, an attendance day no newer than its
 * revision, a behaviour score already held change nothing and publish nothing.
 */
public class TppLedger {


    private final TppStore store;
    private final EmployeeDirectory directory;
    private final PolicyBook policies;
    private final Clock clock;
    private final String source;

    public TppLedger(TppStore store, EmployeeDirectory directory, PolicyBook policies, String region, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
        this.source = EventSource.of(region);
    }

    /** A month's (or, for a quarterly region, its quarter's) score: the capaian per indicator. */
    public void onScore(String employeeId, String month, String scorePeriod, long scoreVersion,
            List<BigDecimal> capaian) {
        updateMonth(employeeId, month, m -> {
            boolean monthly = Periods.isMonth(scorePeriod);
            if (m.scorePeriod() != null && Periods.isMonth(m.scorePeriod()) && !monthly) {
                return null; // the month's own score wins over its quarter's
            }
            if (scorePeriod.equals(m.scorePeriod()) && scoreVersion <= m.scoreVersion()) {
                return null;
            }
            return new TppMonth(m.id(), m.employeeId(), m.month(), m.version(), scorePeriod, scoreVersion,
                    List.copyOf(capaian), m.behaviour(), m.days(), m.agencyId(), m.unitId(), m.policyVersion(),
                    m.result(), m.calculatedAt());
        });
    }

    public void onAttendance(String employeeId, AttendanceDay day, int revision) {
        String month = Periods.month(day.date());
        updateMonth(employeeId, month, m -> {
            TppMonth.Attendance held = m.days().get(day.date().toString());
            if (held != null && held.revision() >= revision) {
                return null;
            }
            Map<String, TppMonth.Attendance> days = new HashMap<>(m.days());
            days.put(day.date().toString(), new TppMonth.Attendance(day, revision));
            return new TppMonth(m.id(), m.employeeId(), m.month(), m.version(), m.scorePeriod(), m.scoreVersion(),
                    m.capaian(), m.behaviour(), days, m.agencyId(), m.unitId(), m.policyVersion(), m.result(),
                    m.calculatedAt());
        });
    }

    /** The penilai's score of one BerAKHLAK value for a month; a later one replaces an earlier one. */
    public void onBehaviour(String employeeId, String month, String value, int score, String feedbackId,
            Instant givenAt) {
        updateMonth(employeeId, month, m -> {
            TppMonth.Behaviour held = m.behaviour().get(value);
            if (held != null && (held.feedbackId().equals(feedbackId) || held.givenAt().isAfter(givenAt))) {
                return null;
            }
            Map<String, TppMonth.Behaviour> behaviour = new HashMap<>(m.behaviour());
            behaviour.put(value, new TppMonth.Behaviour(score, feedbackId, givenAt));
            return new TppMonth(m.id(), m.employeeId(), m.month(), m.version(), m.scorePeriod(), m.scoreVersion(),
                    m.capaian(), behaviour, m.days(), m.agencyId(), m.unitId(), m.policyVersion(), m.result(),
                    m.calculatedAt());
        });
    }

    /** The year's predicate; a functional employee's angka kredit follows it. */
    public void onAnnualPredicate(String employeeId, int year, Predicate predicate, long scoreVersion) {
        updateYear(employeeId, year, y -> y != null && y.scoreVersion() >= scoreVersion ? null
                : new AngkaKreditYear(AngkaKreditYear.idOf(employeeId, year), employeeId, year, predicate,
                        scoreVersion, y == null ? 0 : y.version(), null, null, null, null));
    }

    /** The employee's profile arrived or changed: what waited for it, or depends on it, is computed again. */
    public void onProfile(String employeeId) {
        store.monthsOf(employeeId).forEach(m -> updateMonth(employeeId, m.month(), UnaryOperator.identity()));
        store.yearsOf(employeeId).forEach(y -> updateYear(employeeId, y.year(), UnaryOperator.identity()));
    }

    /** After an audited re-pin: every result of the period computed again under the policy now pinned. */
    public int recompute(String period) {
        int count = 0;
        if (Periods.isMonth(period)) {
            for (TppMonth m : store.monthsIn(period)) {
                updateMonth(m.employeeId(), period, UnaryOperator.identity());
                count++;
            }
        } else if (Periods.isYear(period)) {
            for (AngkaKreditYear y : store.yearsIn(Integer.parseInt(period))) {
                updateYear(y.employeeId(), y.year(), UnaryOperator.identity());
                count++;
            }
        }
        return count;
    }

    /**
     * The months that ended with a provisional result are computed again, final: their last days' attendance (and
     * any working day left without a fact) now counts. Run daily; a month already final changes nothing.
     */
    public int finaliseEndedMonths() {
        String lastMonth = Periods.previous(Periods.month(LocalDate.now(clock)));
        int count = 0;
        for (TppMonth m : store.monthsIn(lastMonth)) {
            if (m.result() != null && m.result().provisional()) {
                updateMonth(m.employeeId(), lastMonth, UnaryOperator.identity());
                count++;
            }
        }
        return count;
    }

    public List<TppMonth> monthsOf(String employeeId) {
        return store.monthsOf(employeeId);
    }

    public Optional<TppMonth> month(String employeeId, String month) {
        return store.findMonth(TppMonth.idOf(employeeId, month));
    }

    public List<AngkaKreditYear> yearsOf(String employeeId) {
        return store.yearsOf(employeeId);
    }

    private void updateMonth(String employeeId, String month, UnaryOperator<TppMonth> change) {
        OptimisticWrites.retry(() -> {
            TppMonth current = store.findMonth(TppMonth.idOf(employeeId, month))
                    .orElseGet(() -> TppMonth.empty(employeeId, month));
            TppMonth changed = change.apply(current);
            if (changed == null) {
                return true;
            }
            TppMonth next = calculate(changed, current.version() + 1);
            if (next.stamped(current.version(), current.calculatedAt()).equals(current)) {
                return true; // recalculated (a profile event, a recomputation) to the very same month: nothing to write
            }
            boolean resultChanged = next.result() != null && !next.result().equals(current.result());
            return store.saveMonth(next, resultChanged ? List.of(event(next)) : List.of());
        }, () -> new IllegalStateException("TPP month " + employeeId + ":" + month + " kept changing under us"));
    }

    private TppMonth calculate(TppMonth m, long version) {
        Optional<EmployeeProfile> profile = directory.find(m.employeeId());
        if (profile.isEmpty()) {
            return new TppMonth(m.id(), m.employeeId(), m.month(), version, m.scorePeriod(), m.scoreVersion(),
                    m.capaian(), m.behaviour(), m.days(), null, null, null, null, null);
        }
        RewardsPolicy policy = policies.forPeriod(m.month());
        TppCalculation result = TppCalculation.of(policy, policy.ceilingOf(profile.get().positionType(),
                profile.get().jfLevel()), m.capaian(), m.behaviourSum(), m.days().values().stream()
                .map(TppMonth.Attendance::day).toList(), m.month(), LocalDate.now(clock));
        return new TppMonth(m.id(), m.employeeId(), m.month(), version, m.scorePeriod(), m.scoreVersion(),
                m.capaian(), m.behaviour(), m.days(), profile.get().agencyId(), profile.get().unitId(),
                policy.version(), result, clock.instant());
    }

    private void updateYear(String employeeId, int year, UnaryOperator<AngkaKreditYear> change) {
        OptimisticWrites.retry(() -> {
            Optional<AngkaKreditYear> current = store.findYear(AngkaKreditYear.idOf(employeeId, year));
            AngkaKreditYear changed = change.apply(current.orElse(null));
            if (changed == null) {
                return true;
            }
            AngkaKreditYear next = credit(changed, changed.version() + 1);
            if (current.isPresent() && next.stamped(current.get().version(), current.get().calculatedAt())
                    .equals(current.get())) {
                return true; // recalculated to the very same year: nothing to write
            }
            boolean resultChanged = next.result() != null
                    && !next.result().equals(current.map(AngkaKreditYear::result).orElse(null));
            return store.saveYear(next, resultChanged ? List.of(event(next)) : List.of());
        }, () -> new IllegalStateException("angka kredit " + employeeId + ":" + year + " kept changing under us"));
    }

    private AngkaKreditYear credit(AngkaKreditYear y, long version) {
        Optional<EmployeeProfile> profile = directory.find(y.employeeId()).filter(EmployeeProfile::functional);
        if (profile.isEmpty()) {
            return new AngkaKreditYear(y.id(), y.employeeId(), y.year(), y.predicate(), y.scoreVersion(), version,
                    null, null, null, null);
        }
        RewardsPolicy policy = policies.forPeriod(String.valueOf(y.year()));
        return new AngkaKreditYear(y.id(), y.employeeId(), y.year(), y.predicate(), y.scoreVersion(), version,
                profile.get().agencyId(), policy.version(), AngkaKreditCalculation.of(policy.angkaKredit(),
                        profile.get().jfLevel(), y.predicate()), clock.instant());
    }

    private OutgoingEvent event(TppMonth m) {
        TppCalculation r = m.result();
        TppCalculated data = new TppCalculated(m.employeeId(), m.agencyId(), m.unitId(), m.month(), m.version(),
                m.policyVersion(), r.ceiling(), r.averageCappedCapaian(), r.skpPercent(), r.skpAmount(),
                r.behaviourSum(), r.behaviourPercent(), r.behaviourAmount(), r.deductions().stream()
                .map(d -> new TppCalculated.Deduction(d.date(), d.cause(), d.percent())).toList(),
                r.deductionPercent(), r.disciplinePercent(), r.disciplineAmount(), r.total(), m.calculatedAt(),
                r.attendanceCountedUntil(), r.provisional());
        return OutgoingEvent.of(EventType.TPP_CALCULATED, "tpp:" + m.id() + ":" + m.version(), source,
                m.employeeId(), m.id(), m.calculatedAt(), data);
    }

    private OutgoingEvent event(AngkaKreditYear y) {
        AngkaKreditCalculation r = y.result();
        AngkaKreditCalculated data = new AngkaKreditCalculated(y.employeeId(), y.agencyId(), y.year(),
                r.jfLevel().name(), r.predicate().name(), r.coefficient(), r.multiplier(), r.credit(),
                y.policyVersion(), y.scoreVersion(), y.calculatedAt());
        return OutgoingEvent.of(EventType.ANGKA_KREDIT_CALCULATED, "angka-kredit:" + y.id() + ":" + y.version(),
                source, y.employeeId(), y.id(), y.calculatedAt(), data);
    }
}
