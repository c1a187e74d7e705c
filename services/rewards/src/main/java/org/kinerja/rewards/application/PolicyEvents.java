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
                        p.rewards().incentiveTopPerUnit()),
                new RewardsPolicyPublished.Pembinaan(p.pembinaan().reviewAfterMonths()),
                new RewardsPolicyPublished.Training(p.training().kualitasCapaianBelow(),
                        p.training().kompetenScoreBelow()), by, at);
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
                        e.rewards().incentiveTopPerUnit()),
                new RewardsPolicy.Pembinaan(e.pembinaan().reviewAfterMonths()),
                new RewardsPolicy.Training(e.training().kualitasCapaianBelow(), e.training().kompetenScoreBelow()));
    }
}
