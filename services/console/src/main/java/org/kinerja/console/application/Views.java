package org.kinerja.console.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What the console reads from the platform, each the part of a service's answer a page shows (a tolerant reader:
 * fields the page does not use are not named, so they may change freely).
 */
public final class Views {

    private Views() {
    }

    /** An employee as the registry answers (in full for their own agency; the directory entry for others). */
    public record Employee(String employeeId, String name, String rank, String regionId, String agencyId,
            String unitId, String positionType, String jfLevel, boolean headOfUnit, String penilaiId,
            String atasanPenilaiId, boolean active) {
    }

    /** A regional government: the place its documents are signed in is in its name. */
    public record Region(String regionId, String name, String kind) {

        /** "Pemerintah Kabupaten Mamuju" is signed in Mamuju. */
        public String place() {
            return name.replaceFirst("^Pemerintah (Provinsi|Kabupaten|Kota)\\s+", "");
        }
    }

    /** Who leads the region: the kepala daerah (elected, no NIP) and the Sekda. */
    public record Leadership(String kepalaDaerahId, String kepalaDaerahName, String kepalaDaerahTitle,
            String sekdaId) {
    }

    /** A reason as the platform sends it: a stable code and its args, worded by {@link ReasonWords}. */
    public record Reason(String code, List<String> args) {

        public Reason {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    /**
     * A unit's figures of a period as scoring keeps them: the part a document prints. The distribution rules broken
     * and the flag's reasons come in English words and as codes ({@code violationCodes}, {@code flagCodes}).
     */
    public record UnitScore(String unitId, String agencyId, String period, int employees,
            Map<String, Integer> predicateCounts, BigDecimal averageCapaian, String unitPredicate,
            List<String> violations, boolean flagged, List<String> flagReasons, List<Reason> violationCodes,
            List<Reason> flagCodes) {

        public UnitScore {
            predicateCounts = predicateCounts == null ? Map.of() : Map.copyOf(predicateCounts);
            violations = violations == null ? List.of() : List.copyOf(violations);
            flagReasons = flagReasons == null ? List.of() : List.copyOf(flagReasons);
            violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
            flagCodes = flagCodes == null ? List.of() : List.copyOf(flagCodes);
        }

        public int count(String predicate) {
            return predicateCounts.getOrDefault(predicate, 0);
        }

        public int total() {
            return predicateCounts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** An agency's figures of a period with its units ranked weakest first, and its graded SAKIP of a year. */
    public record AgencyRollup(String agencyId, String period, Totals totals, List<RankedUnit> units, Sakip sakip) {

        public AgencyRollup {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    /** SAKIP (the agency's accountability system) points and grade of a year. */
    public record Sakip(int year, BigDecimal total, String grade) {
    }

    /** One period of a trend. */
    public record TrendPoint(String period, Totals totals) {
    }

    /** The region's follow-up of a period, as rewards sums it up. */
    public record FollowUpSummary(String period, Map<String, Integer> rewardsGranted,
            Map<String, Integer> openTrainingNeeds, Map<String, Integer> coachingCases, int coachingReviewsOverdue,
            Integer tppEmployees, BigDecimal tppTotal) {

        public FollowUpSummary {
            rewardsGranted = rewardsGranted == null ? Map.of() : Map.copyOf(rewardsGranted);
            openTrainingNeeds = openTrainingNeeds == null ? Map.of() : Map.copyOf(openTrainingNeeds);
            coachingCases = coachingCases == null ? Map.of() : Map.copyOf(coachingCases);
        }
    }

    /** A reward rewards decided, with its reason (in English words and as codes). */
    public record Reward(String rewardId, String employeeId, String kind, String status, String period,
            String reason, java.time.Instant decidedAt, List<Reason> reasonCodes) {

        public Reward {
            reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        }

        public boolean grantedCertificate() {
            return "CERTIFICATE".equals(kind) && "GRANTED".equals(status);
        }
    }

    public record Unit(String unitId, String name, String unitType, String parentUnitId, String agencyId) {
    }

    /** A month's or quarter's realisasi of one indicator as reporting keeps it (the latest revision). */
    public record Realisation(String indicatorId, String period, BigDecimal realisation, BigDecimal periodTarget,
            String evidenceUrl, String explanation, int revision) {

        /** Short of the period's target (where the SKP gives one): the explanation says why. */
        public boolean shortOfTarget() {
            return periodTarget != null && realisation.compareTo(periodTarget) < 0;
        }
    }

    /**
     * A record an agency's system sent over Kafka and the platform refused, with the reason (its DLT): the refusal's
     * stable {@code code} where it has one (the console words it), its English words in {@code reason}.
     */
    public record RefusedSubmission(String topic, int partition, long offset, java.time.Instant sentAt,
            java.time.Instant refusedAt, String kind, String reason, String eventId, String reportId,
            String employeeId, String code) {
    }

    /** An employee's month of TPP as rewards computed it (no result while their position is not known yet). */
    public record TppMonth(String month, Long policyVersion, TppResult result) {
    }

    /**
     * The TPP's breakdown: the ceiling, the SKP part from the capped average capaian, the behaviour part from the
     * BerAKHLAK scores, the discipline part after the attendance deductions, the total; provisional while the month runs.
     */
    public record TppResult(BigDecimal ceiling, BigDecimal averageCappedCapaian, BigDecimal skpAmount,
            Integer behaviourSum, BigDecimal behaviourAmount, BigDecimal deductionPercent,
            BigDecimal disciplineAmount, BigDecimal total, boolean provisional) {
    }

    /** A functional position's year of angka kredit: the level's coefficient times the predicate's multiplier. */
    public record AngkaKreditYear(int year, String predicate, AngkaKreditResult result) {
    }

    public record AngkaKreditResult(String jfLevel, BigDecimal coefficient, BigDecimal multiplier, BigDecimal credit) {
    }

    /**
     * A pembinaan case: why it opened, its goals and sessions, its review date and how it ended. The goals it opened
     * with come as codes too ({@code goalCodes[i]} says {@code goals[i]}); the penilai's own goals are their words.
     */
    public record CoachingCase(String caseId, String employeeId, String status, String openedFor,
            String openedPredicate, LocalDate openedOn, LocalDate reviewDue, List<String> goals,
            List<CoachingSession> sessions, String escalation, List<Reason> goalCodes) {

        public CoachingCase {
            goals = goals == null ? List.of() : List.copyOf(goals);
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
            goalCodes = goalCodes == null ? List.of() : List.copyOf(goalCodes);
        }
    }

    public record CoachingSession(LocalDate date, String notes) {
    }

    /** An SKP: its RHK with their indicators, the status, and the note of a rejection. */
    public record Plan(String planId, String employeeId, String penilaiId, int year, String approach, String status,
            String rejectionNote, List<Rhk> rhk, List<Rhk> proposal) {

        public Plan {
            rhk = rhk == null ? List.of() : List.copyOf(rhk);
            proposal = proposal == null ? List.of() : List.copyOf(proposal);
        }

        /** An indicator by the words of the SKP (its id where the SKP does not have it). */
        public String indicatorName(String indicatorId) {
            return indicatorNames().getOrDefault(indicatorId, indicatorId);
        }

        /** A text that names indicators by id (a coaching goal, a reason) with the SKP's words for them instead. */
        public String withIndicatorNames(String text) {
            String named = text;
            for (Indicator indicator : indicators()) {
                named = named.replace(indicator.indicatorId(), "\u201c" + indicator.description() + "\u201d");
            }
            return named;
        }

        /** Every indicator of the plan, the ones a daily log may count for. */
        public List<Indicator> indicators() {
            return rhk.stream().flatMap(r -> r.indicators().stream()).toList();
        }

        /** Each indicator's words by its id, for pages and documents that show figures per indicator. */
        public Map<String, String> indicatorNames() {
            return indicators().stream().collect(java.util.stream.Collectors.toMap(Indicator::indicatorId,
                    Indicator::description, (a, b) -> a));
        }
    }

    public record Rhk(String rhkId, String kind, String parentRhkId, String description, List<Indicator> indicators) {

        public Rhk {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * An indicator with everything planning keeps of it, so that an SKP's content sent back (an RHK added to a
     * draft) keeps what the page does not show.
     */
    public record Indicator(String indicatorId, String description, String aspect, BigDecimal target, String unit,
            String polarity, String aggregation, List<PeriodTarget> periodTargets, String capaianSource,
            Boolean evidenceRequired) {
    }

    /** A rencana aksi target of an indicator for a month or a quarter. */
    public record PeriodTarget(String period, BigDecimal target, String description) {
    }

    /** An employee's score for one period (the year, a month or a quarter). */
    public record Score(String period, String status, BigDecimal averageCapaian, String proposedHasilKerjaRating,
            String hasilKerjaRating, String perilakuKerjaRating, String predicate, List<IndicatorScore> indicators) {

        public Score {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        public boolean isYear() {
            return period.length() == 4;
        }
    }

    public record IndicatorScore(String indicatorId, String aspect, BigDecimal target, BigDecimal realisation,
            BigDecimal capaian, long reportCount) {
    }

    /** A daily report as reporting keeps it: the report, its revision, and whether it was withdrawn. */
    public record Activity(Report report, int revision, boolean retracted) {
    }

    public record Report(String reportId, String indicatorId, String reportType, LocalDate activityDate,
            LocalTime startTime, LocalTime endTime, BigDecimal quantity, String description, String evidenceUrl) {
    }

    /** The answer to an accepted report. */
    public record Accepted(String reportId, String status) {
    }

    /** Figures of a group of units (an agency, or the region) in one period, as scoring rolls them up. */
    public record Totals(int units, int employees, BigDecimal averageCapaian, Map<String, Integer> predicateCounts,
            int unitsWithViolations, int flaggedUnits) {

        public Totals {
            predicateCounts = predicateCounts == null ? Map.of() : Map.copyOf(predicateCounts);
        }
    }

    public record RankedAgency(int rank, String agencyId, Totals totals) {
    }

    public record RankedUnit(int rank, String unitId, String agencyId, int employees, BigDecimal averageCapaian,
            String unitPredicate, List<String> violations, boolean flagged, List<String> flagReasons,
            List<Reason> violationCodes, List<Reason> flagCodes) {

        public RankedUnit {
            violations = violations == null ? List.of() : List.copyOf(violations);
            flagReasons = flagReasons == null ? List.of() : List.copyOf(flagReasons);
            violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
            flagCodes = flagCodes == null ? List.of() : List.copyOf(flagCodes);
        }
    }

    public record RegionRollup(String regionId, String period, Totals totals, List<RankedAgency> agencies,
            List<RankedUnit> flaggedUnits) {

        public RegionRollup {
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
            flaggedUnits = flaggedUnits == null ? List.of() : List.copyOf(flaggedUnits);
        }
    }

    /** Someone the signed-in penilai evaluates: as their penilai, or as their atasan penilai (objections only). */
    public record Appraisee(String employeeId, String name, String agencyId, String unitId, String positionType,
            boolean headOfUnit, String relation) {

        public boolean ratedByMe() {
            return "PENILAI".equals(relation);
        }
    }

    /** An evaluation period of an employee as reporting keeps it (one never acted on is OPEN and not listed). */
    public record Period(String employeeId, String unitId, String period, String status, String penilaiId,
            String hasilKerja, String perilakuKerja, String selfAssessment, String lastReason) {

        public boolean isYear() {
            return period.length() == 4;
        }

        /** Final: an objection may be filed against it (the year), nothing is rated any more. */
        public boolean isFinal() {
            return "PREDICATE_SET".equals(status) || "LOCKED".equals(status);
        }
    }

    /** A keberatan against an annual evaluation. */
    public record Objection(String employeeId, String period, String status, String reason, String answer,
            String decision, String decisionNote) {
    }

    /**
     * The unit's distribution of predicates if the employee were rated so, as scoring previews it: the counts from
     * SANGAT_BAIK down, and the pattern's rules they would break (none checked while the unit has no predicate).
     */
    public record Preview(String predicate, Map<String, Integer> predicateCounts, String unitPredicate,
            List<String> violations, List<Reason> violationCodes) {

        public static final List<String> PREDICATES = List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG",
                "SANGAT_KURANG");

        public Preview {
            predicateCounts = predicateCounts == null ? Map.of() : Map.copyOf(predicateCounts);
            violations = violations == null ? List.of() : List.copyOf(violations);
            violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
        }

        public int count(String predicate) {
            return predicateCounts.getOrDefault(predicate, 0);
        }

        public int total() {
            return predicateCounts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** An onboarding job of an agency's CSV file, as the registry reports its progress. */
    public record ImportJob(String jobId, String agencyId, String status, int total, int processed, int created,
            int unchanged, int rejected, List<RowRejection> rejections) {

        public ImportJob {
            rejections = rejections == null ? List.of() : List.copyOf(rejections);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** How far it got, 0 to 100. */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(processed * 100.0 / total);
        }
    }

    /** A refused row of an onboarding file: its line (the header is line 1), the NIP it gave, and why. */
    public record RowRejection(int line, String nip, String reason) {
    }
}
