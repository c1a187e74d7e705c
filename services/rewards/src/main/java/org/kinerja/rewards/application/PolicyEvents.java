package org.kinerja.rewards.application;

import java.time.Instant;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.RewardsPolicyPublished;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.domain.RewardsPolicy;

/** A policy version as its contract event, and back (the store keeps the event's form). */
public final class PolicyEvents {

    private PolicyEvents() {
    }

    static OutgoingEvent published(RewardsPolicy policy, String by, Instant at, String source) {
        return OutgoingEvent.of(EventType.POLICY_PUBLISHED, "policy:" + policy.regionId() + ":" + policy.version(),
                source, policy.regionId(), policy.regionId() + ":" + policy.version(), at, toEvent(policy, by, at));
    }

    public static RewardsPolicyPublished toEvent(RewardsPolicy p, String by, Instant at) {
        RewardsPolicy.Tpp t = p.tpp();
        RewardsPolicy.Deductions d = t.deductions();
        return new RewardsPolicyPublished(p.regionId(), p.version(), p.effectiveFrom(), p.note(),
                new RewardsPolicyPublished.Tpp(t.ceilings().stream().map(c -> new RewardsPolicyPublished.Ceiling(
                        c.positionType(), c.jfLevel(), c.amount())).toList(), t.defaultCeiling(),
                        t.productivityPercent(), t.disciplinePercent(), t.skpPercent(), t.behaviourPercent(),
                        t.capaianCap(), t.behaviourFloor(), t.behaviourFull(),
                        new RewardsPolicyPublished.Deductions(d.late1To30(), d.late31To60(), d.late61To90(),
                                d.lateOver90OrNoRecord(), d.mondayAssemblyMissed(), d.absentWithoutLeave())),
                new RewardsPolicyPublished.AngkaKredit(p.angkaKredit().coefficients(), p.angkaKredit().multipliers()),
                new RewardsPolicyPublished.Rewards(p.rewards().certificateAfterConsecutiveSangatBaik(),
                        p.rewards().incentiveTopPerUnit(), p.rewards().trigger().name(),
                        p.rewards().minimumCapaian(), p.rewards().requirePatternKept()),
                new RewardsPolicyPublished.Pembinaan(p.pembinaan().reviewAfterMonths(),
                        p.pembinaan().trigger().name()),
                new RewardsPolicyPublished.Training(p.training().kualitasCapaianBelow(),
                        p.training().kompetenScoreBelow()),
                new RewardsPolicyPublished.Calendar(p.calendar().holidays(),
                        p.calendar().unrecordedWorkingDay().name()), by, at);
    }

    public static RewardsPolicy fromEvent(RewardsPolicyPublished e) {
        RewardsPolicyPublished.Tpp t = e.tpp();
        RewardsPolicyPublished.Deductions d = t.deductions();
        return new RewardsPolicy(e.regionId(), e.version(), e.effectiveFrom(), e.note(),
                new RewardsPolicy.Tpp(t.ceilings().stream().map(c -> new RewardsPolicy.Ceiling(c.positionType(),
                        c.jfLevel(), c.amount())).toList(), t.defaultCeiling(), t.productivityPercent(),
                        t.disciplinePercent(), t.skpPercent(), t.behaviourPercent(), t.capaianCap(),
                        t.behaviourFloor(), t.behaviourFull(), new RewardsPolicy.Deductions(d.late1To30(),
                                d.late31To60(), d.late61To90(), d.lateOver90OrNoRecord(), d.mondayAssemblyMissed(),
                                d.absentWithoutLeave())),
                new RewardsPolicy.AngkaKredit(e.angkaKredit().coefficients(), e.angkaKredit().multipliers()),
                new RewardsPolicy.Rewards(e.rewards().certificateAfterConsecutiveSangatBaik(),
                        e.rewards().incentiveTopPerUnit(), enumOrNull(RewardsPolicy.Trigger.class,
                                e.rewards().trigger()), e.rewards().minimumCapaian(), e.rewards().requirePatternKept()),
                new RewardsPolicy.Pembinaan(e.pembinaan().reviewAfterMonths(), enumOrNull(RewardsPolicy.Trigger.class,
                        e.pembinaan().trigger())),
                new RewardsPolicy.Training(e.training().kualitasCapaianBelow(), e.training().kompetenScoreBelow()),
                e.calendar() == null ? null : new RewardsPolicy.Calendar(e.calendar().holidays(), enumOrNull(
                        RewardsPolicy.UnrecordedDay.class, e.calendar().unrecordedWorkingDay())));
    }

    /** Absent (an older version) is null, which the policy's records read as their default. */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
