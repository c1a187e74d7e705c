package org.kinerja.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A region's follow-up policy as data, in force from {@code effectiveFrom} (the first day of a month) until a later
 * version's: the TPP formula (R7), angka kredit (R5), reward, pembinaan and training rules (R8). Key: the region id.
 */
public record RewardsPolicyPublished(String regionId, long version, LocalDate effectiveFrom, String note, Tpp tpp,
        AngkaKredit angkaKredit, Rewards rewards, Pembinaan pembinaan, Training training, Calendar calendar,
        String publishedBy, Instant publishedAt) {

    public record Tpp(List<Ceiling> ceilings, BigDecimal defaultCeiling, BigDecimal productivityPercent,
            BigDecimal disciplinePercent, BigDecimal skpPercent, BigDecimal behaviourPercent, BigDecimal capaianCap,
            Integer behaviourFloor, Integer behaviourFull, Deductions deductions) {
    }

    public record Ceiling(String positionType, String jfLevel, BigDecimal amount) {
    }

    public record Deductions(BigDecimal late1To30, BigDecimal late31To60, BigDecimal late61To90,
            BigDecimal lateOver90OrNoRecord, BigDecimal mondayAssemblyMissed, BigDecimal absentWithoutLeave) {
    }

    public record AngkaKredit(Map<String, BigDecimal> coefficients, Map<String, BigDecimal> multipliers) {
    }

    /** {@code trigger}, {@code minimumCapaian} and {@code requirePatternKept} are absent from older versions. */
    public record Rewards(Integer certificateAfterConsecutiveSangatBaik, Integer incentiveTopPerUnit, String trigger,
            BigDecimal minimumCapaian, Boolean requirePatternKept) {
    }

    /** {@code trigger} is absent from older versions. */
    public record Pembinaan(Integer reviewAfterMonths, String trigger) {
    }

    /** The working-day calendar; absent from older versions. */
    public record Calendar(List<LocalDate> holidays, String unrecordedWorkingDay) {
    }

    public record Training(BigDecimal kualitasCapaianBelow, Integer kompetenScoreBelow) {
    }
}
