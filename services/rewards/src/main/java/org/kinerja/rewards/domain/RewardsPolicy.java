package org.kinerja.rewards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A region's follow-up rules as data, in force from {@code effectiveFrom} (the first day of a month) until a later
 * version takes over: the TPP formula (R7), angka kredit coefficients and multipliers (R5), reward rules, the
 * pembinaan review window and training thresholds (R8). {@link #problems()} says what is wrong with a draft; a policy
 * with problems is never put in force.
 */
public record RewardsPolicy(String regionId, long version, LocalDate effectiveFrom, String note, Tpp tpp,
        AngkaKredit angkaKredit, Rewards rewards, Pembinaan pembinaan, Training training, Calendar calendar) {

    public RewardsPolicy {
        // A version published before the calendar existed has none: no holidays, unrecorded days as no record.
        calendar = calendar == null ? Calendar.none() : calendar;
    }

    /** The monthly TPP ceiling of a position type (and, for JF, optionally one level), in rupiah. */
    public record Ceiling(PositionType positionType, JfLevel jfLevel, BigDecimal amount) {
    }

    /** Discipline deductions, in percent of the ceiling, per occurrence. */
    public record Deductions(BigDecimal late1To30, BigDecimal late31To60, BigDecimal late61To90,
            BigDecimal lateOver90OrNoRecord, BigDecimal mondayAssemblyMissed, BigDecimal absentWithoutLeave) {
    }

    /**
     * The TPP formula: the ceiling splits into productivity and discipline; productivity is an SKP part (average
     * capped capaian × skpPercent) and a behaviour part (the seven BerAKHLAK scores out of 700: up to
     * behaviourFloor nothing, above behaviourFull all of behaviourPercent, in between sum / 700 × behaviourPercent).
     */
    public record Tpp(List<Ceiling> ceilings, BigDecimal defaultCeiling, BigDecimal productivityPercent,
            BigDecimal disciplinePercent, BigDecimal skpPercent, BigDecimal behaviourPercent, BigDecimal capaianCap,
            Integer behaviourFloor, Integer behaviourFull, Deductions deductions) {
    }

    /** R5: the yearly credit is the JF level's coefficient × the predicate's multiplier (in percent). */
    public record AngkaKredit(Map<JfLevel, BigDecimal> coefficients, Map<Predicate, BigDecimal> multipliers) {
    }

    /** Which predicates a follow-up rule acts on: the year's evaluation, or every month's or quarter's. */
    public enum Trigger { ANNUAL, PERIODIC }

    /**
     * SANGAT_BAIK in this many consecutive periods of the trigger's kind (years by default) earns a certificate and
     * promotion priority; the top N of a unit an incentive. A reward needs its evidence: an average capaian of at least
     * {@code minimumCapaian}, and where {@code requirePatternKept} the unit's distribution pattern kept in the period
     * (or its deviation justified). Absent values (older versions) take the defaults: ANNUAL, 100, true.
     */
    public record Rewards(Integer certificateAfterConsecutiveSangatBaik, Integer incentiveTopPerUnit, Trigger trigger,
            BigDecimal minimumCapaian, Boolean requirePatternKept) {

        public Rewards {
            trigger = trigger == null ? Trigger.ANNUAL : trigger;
            minimumCapaian = minimumCapaian == null ? new BigDecimal("100") : minimumCapaian;
            requirePatternKept = requirePatternKept == null ? Boolean.TRUE : requirePatternKept;
        }

        /** Whether a score of this period is one the rewards act on. */
        public boolean actsOn(String period) {
            return trigger == Trigger.PERIODIC ? !org.kinerja.contracts.Periods.isYear(period)
                    : org.kinerja.contracts.Periods.isYear(period);
        }
    }

    /**
     * A predicate below BAIK of the trigger's kind (the year's by default, PP 30/2019) opens a pembinaan case reviewed
     * after {@code reviewAfterMonths}; one of another kind is an early warning only.
     */
    public record Pembinaan(Integer reviewAfterMonths, Trigger trigger) {

        public Pembinaan {
            trigger = trigger == null ? Trigger.ANNUAL : trigger;
        }

        public boolean opensCaseOn(String period) {
            return trigger == Trigger.PERIODIC ? !org.kinerja.contracts.Periods.isYear(period)
                    : org.kinerja.contracts.Periods.isYear(period);
        }
    }

    /** How a past working day with no attendance fact at all is deducted. */
    public enum UnrecordedDay { NO_RECORD, ABSENT_WITHOUT_LEAVE, NOT_DEDUCTED }

    /** The region's working days for attendance: Monday to Friday, less its holidays (national, cuti bersama, own). */
    public record Calendar(List<LocalDate> holidays, UnrecordedDay unrecordedWorkingDay) {

        public Calendar {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            unrecordedWorkingDay = unrecordedWorkingDay == null ? UnrecordedDay.NO_RECORD : unrecordedWorkingDay;
        }

        public static Calendar none() {
            return new Calendar(List.of(), UnrecordedDay.NO_RECORD);
        }

        public boolean workingDay(LocalDate day) {
            java.time.DayOfWeek weekday = day.getDayOfWeek();
            return weekday != java.time.DayOfWeek.SATURDAY && weekday != java.time.DayOfWeek.SUNDAY
                    && !holidays.contains(day);
        }
    }

    /** A KUALITAS indicator below this capaian, or a KOMPETEN score below this, makes a training need. */
    public record Training(BigDecimal kualitasCapaianBelow, Integer kompetenScoreBelow) {
    }

    /** The defaults of the domain brief (R5, R7, R8), in force from the start for a region without its own policy. */
    public static RewardsPolicy defaults(String regionId) {
        Map<JfLevel, BigDecimal> coefficients = new EnumMap<>(JfLevel.class);
        String[] values = {"3.75", "5", "12.5", "25", "12.5", "25", "37.5", "50"};
        for (JfLevel level : JfLevel.values()) {
            coefficients.put(level, new BigDecimal(values[level.ordinal()]));
        }
        Map<Predicate, BigDecimal> multipliers = new EnumMap<>(Predicate.class);
        String[] percents = {"150", "100", "75", "50", "25"};
        for (Predicate predicate : Predicate.values()) {
            multipliers.put(predicate, new BigDecimal(percents[predicate.ordinal()]));
        }
        return new RewardsPolicy(regionId, 1, LocalDate.of(2000, 1, 1), "the domain brief's defaults",
                new Tpp(List.of(new Ceiling(PositionType.JPT, null, new BigDecimal("15000000")),
                        new Ceiling(PositionType.ADMINISTRATOR, null, new BigDecimal("9000000")),
                        new Ceiling(PositionType.PENGAWAS, null, new BigDecimal("6500000")),
                        new Ceiling(PositionType.PELAKSANA, null, new BigDecimal("4000000")),
                        new Ceiling(PositionType.JF, null, new BigDecimal("5000000"))),
                        new BigDecimal("4000000"), new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("30"),
                        new BigDecimal("30"), new BigDecimal("100"), 209, 678,
                        new Deductions(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("1.25"),
                                new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("10"))),
                new AngkaKredit(coefficients, multipliers),
                new Rewards(1, 1, Trigger.ANNUAL, new BigDecimal("100"), true), new Pembinaan(6, Trigger.ANNUAL),
                new Training(new BigDecimal("90"), 70), Calendar.none());
    }

    public RewardsPolicy withVersion(long newVersion) {
        return new RewardsPolicy(regionId, newVersion, effectiveFrom, note, tpp, angkaKredit, rewards, pembinaan,
                training, calendar);
    }

    /** The ceiling of an employee: their JF level's when the policy names one, else their position type's. */
    public BigDecimal ceilingOf(PositionType positionType, JfLevel jfLevel) {
        BigDecimal byType = null;
        for (Ceiling ceiling : tpp.ceilings()) {
            if (ceiling.positionType() == positionType) {
                if (jfLevel != null && jfLevel == ceiling.jfLevel()) {
                    return ceiling.amount();
                }
                if (ceiling.jfLevel() == null) {
                    byType = ceiling.amount();
                }
            }
        }
        return byType == null ? tpp.defaultCeiling() : byType;
    }

    /** Everything wrong with this policy, in words; empty when it may be put in force. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (effectiveFrom == null || effectiveFrom.getDayOfMonth() != 1) {
            problems.add("effectiveFrom must be the first day of a month");
        }
        if (tpp == null || angkaKredit == null || rewards == null || pembinaan == null || training == null) {
            problems.add("tpp, angkaKredit, rewards, pembinaan and training are all required");
            return problems;
        }
        tppProblems(problems);
        for (JfLevel level : JfLevel.values()) {
            positive(problems, "angkaKredit.coefficients." + level, angkaKredit.coefficients() == null ? null
                    : angkaKredit.coefficients().get(level));
        }
        for (Predicate predicate : Predicate.values()) {
            BigDecimal multiplier = angkaKredit.multipliers() == null ? null
                    : angkaKredit.multipliers().get(predicate);
            range(problems, "angkaKredit.multipliers." + predicate, multiplier, BigDecimal.ZERO,
                    new BigDecimal("200"));
        }
        intRange(problems, "rewards.certificateAfterConsecutiveSangatBaik",
                rewards.certificateAfterConsecutiveSangatBaik(), 1, 12);
        intRange(problems, "rewards.incentiveTopPerUnit", rewards.incentiveTopPerUnit(), 0, 100);
        intRange(problems, "pembinaan.reviewAfterMonths", pembinaan.reviewAfterMonths(), 1, 24);
        range(problems, "rewards.minimumCapaian", rewards.minimumCapaian(), BigDecimal.ZERO, new BigDecimal("120"));
        range(problems, "training.kualitasCapaianBelow", training.kualitasCapaianBelow(), BigDecimal.ZERO,
                new BigDecimal("120"));
        intRange(problems, "training.kompetenScoreBelow", training.kompetenScoreBelow(), 0, 100);
        return problems;
    }

    private void tppProblems(List<String> problems) {
        BigDecimal hundred = new BigDecimal("100");
        int before = problems.size();
        range(problems, "tpp.productivityPercent", tpp.productivityPercent(), BigDecimal.ZERO, hundred);
        range(problems, "tpp.disciplinePercent", tpp.disciplinePercent(), BigDecimal.ZERO, hundred);
        range(problems, "tpp.skpPercent", tpp.skpPercent(), BigDecimal.ZERO, hundred);
        range(problems, "tpp.behaviourPercent", tpp.behaviourPercent(), BigDecimal.ZERO, hundred);
        range(problems, "tpp.capaianCap", tpp.capaianCap(), BigDecimal.ONE, new BigDecimal("120"));
        boolean sharesGiven = problems.size() == before;
        if (sharesGiven && tpp.productivityPercent().add(tpp.disciplinePercent()).compareTo(hundred) != 0) {
            problems.add("tpp.productivityPercent + tpp.disciplinePercent must be 100");
        }
        if (sharesGiven && tpp.skpPercent().add(tpp.behaviourPercent())
                .compareTo(tpp.productivityPercent()) != 0) {
            problems.add("tpp.skpPercent + tpp.behaviourPercent must be tpp.productivityPercent");
        }
        intRange(problems, "tpp.behaviourFloor", tpp.behaviourFloor(), 0, 700);
        intRange(problems, "tpp.behaviourFull", tpp.behaviourFull(), 0, 700);
        if (tpp.behaviourFloor() != null && tpp.behaviourFull() != null
                && tpp.behaviourFloor() >= tpp.behaviourFull()) {
            problems.add("tpp.behaviourFloor must be below tpp.behaviourFull");
        }
        positive(problems, "tpp.defaultCeiling", tpp.defaultCeiling());
        if (tpp.ceilings() == null) {
            problems.add("tpp.ceilings is required (it may be empty)");
        } else {
            for (Ceiling ceiling : tpp.ceilings()) {
                if (ceiling == null || ceiling.positionType() == null) {
                    problems.add("tpp.ceilings: positionType is required (one of "
                            + Arrays.toString(PositionType.values()) + ")");
                } else if (ceiling.jfLevel() != null && ceiling.positionType() != PositionType.JF) {
                    problems.add("tpp.ceilings: a jfLevel only goes with positionType JF");
                } else {
                    positive(problems, "tpp.ceilings." + ceiling.positionType()
                            + (ceiling.jfLevel() == null ? "" : "." + ceiling.jfLevel()), ceiling.amount());
                }
            }
        }
        Deductions d = tpp.deductions();
        if (d == null) {
            problems.add("tpp.deductions is required");
            return;
        }
        BigDecimal max = tpp.disciplinePercent() == null ? hundred : tpp.disciplinePercent();
        range(problems, "tpp.deductions.late1To30", d.late1To30(), BigDecimal.ZERO, max);
        range(problems, "tpp.deductions.late31To60", d.late31To60(), BigDecimal.ZERO, max);
        range(problems, "tpp.deductions.late61To90", d.late61To90(), BigDecimal.ZERO, max);
        range(problems, "tpp.deductions.lateOver90OrNoRecord", d.lateOver90OrNoRecord(), BigDecimal.ZERO, max);
        range(problems, "tpp.deductions.mondayAssemblyMissed", d.mondayAssemblyMissed(), BigDecimal.ZERO, max);
        range(problems, "tpp.deductions.absentWithoutLeave", d.absentWithoutLeave(), BigDecimal.ZERO, max);
    }

    private static void positive(List<String> problems, String name, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            problems.add(name + " must be a positive number");
        }
    }

    private static void range(List<String> problems, String name, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problems.add(name + " must be between " + min.toPlainString() + " and " + max.toPlainString());
        }
    }

    private static void intRange(List<String> problems, String name, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            problems.add(name + " must be a whole number between " + min + " and " + max);
        }
    }
}
