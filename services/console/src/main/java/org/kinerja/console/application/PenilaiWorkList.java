package org.kinerja.console.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kinerja.console.application.Views.Appraisee;
import org.kinerja.console.application.Views.Plan;

/**
 * A pejabat penilai's work list: whom they evaluate (the registry), and for each what waits for them (an SKP to
 * approve, a period to rate or to finalise, an objection to answer, or to decide as atasan penilai), and "Monitoring
 * Pengisian": who of their staff has logged work this month, and the pembinaan cases they lead. Four calls however many
 * staff a penilai has: the registry's appraisees, then side by side reporting's state of the staff, planning's SKPs
 * of the staff and rewards' coaching cases of the staff.
 */
public final class PenilaiWorkList {

    /** What waits for the penilai, in the order it is done in the year. */
    public enum Task {
        APPROVE_SKP, RATE, FINALISE, ANSWER_OBJECTION, DECIDE_OBJECTION, COACH, REVIEW_COACHING
    }

    /** A task; a coaching one names its case and, as its period, the review date. */
    public record Item(Task task, Appraisee who, String period, String caseId) {

        public Item(Task task, Appraisee who, String period) {
            this(task, who, period, null);
        }
    }

    /** One staff member's daily log this month: how many reports, and the last day they logged. */
    public record Filling(Appraisee who, int reports, Optional<LocalDate> lastDay) {

        public boolean filled() {
            return reports > 0;
        }
    }

    public record Page(int year, YearMonth month, List<Appraisee> appraisees, List<Item> items,
            List<Filling> filling) {

        public long notFilled() {
            return filling.stream().filter(f -> !f.filled()).count();
        }
    }

    /** A period of a staff member (or the objection against it) and where it stands. */
    public record State(String period, String status) {
    }

    /** A staff member as reporting sums them up for their penilai. */
    public record Staff(String employeeId, String relation, List<State> periods, List<State> objections,
            int reportsInMonth, LocalDate lastReportDay) {

        public Staff {
            periods = periods == null ? List.of() : List.copyOf(periods);
            objections = objections == null ? List.of() : List.copyOf(objections);
        }
    }

    private final Platform platform;
    private final Clock clock;
    private final ZoneId zone;
    private final ParallelReads reads;

    public PenilaiWorkList(Platform platform, Clock clock, ZoneId zone, ParallelReads reads) {
        this.platform = platform;
        this.clock = clock;
        this.zone = zone;
        this.reads = reads;
    }

    /** Whom the user evaluates; empty for someone who evaluates nobody. */
    public List<Appraisee> appraisees(SignedInUser user) {
        return platform.list(user, "/api/registry/employees/" + user.subject() + "/appraisees", Appraisee.class);
    }

    /** The region's today. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The year in progress in the region. */
    public int year() {
        return LocalDate.now(clock.withZone(zone)).getYear();
    }

    public Page of(SignedInUser user) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        YearMonth month = YearMonth.from(today);
        List<Appraisee> appraisees = appraisees(user);
        if (appraisees.isEmpty()) {
            return new Page(today.getYear(), month, appraisees, List.of(), List.of());
        }
        String penilai = user.subject();
        var staffReads = reads.start(() -> platform.list(user, "/api/reporting/penilai/" + penilai + "/staff?month="
                + month, Staff.class));
        var planReads = reads.start(() -> platform.list(user, "/api/planning/penilai/" + penilai + "/plans?year="
                + today.getYear(), Plan.class));
        var coachingReads = reads.start(() -> platform.list(user, "/api/rewards/penilai/" + penilai
                + "/coaching-cases", Views.CoachingCase.class));
        Map<String, Staff> staff = staffReads.get().stream()
                .collect(Collectors.toMap(Staff::employeeId, Function.identity(), (a, b) -> a));
        Map<String, Plan> plans = planReads.get().stream()
                .collect(Collectors.toMap(Plan::employeeId, Function.identity(), (a, b) -> a));
        Map<String, List<Views.CoachingCase>> coaching = coachingReads.get().stream()
                .filter(c -> "OPEN".equals(c.status())).collect(Collectors.groupingBy(Views.CoachingCase::employeeId));
        List<Item> items = new ArrayList<>();
        List<Filling> filling = new ArrayList<>();
        for (Appraisee who : appraisees) {
            Optional<Staff> state = Optional.ofNullable(staff.get(who.employeeId()));
            state.ifPresent(s -> items.addAll(tasks(who, s)));
            if (who.ratedByMe()) {
                Optional.ofNullable(plans.get(who.employeeId())).filter(p -> "SUBMITTED".equals(p.status())
                        || "REVISION_SUBMITTED".equals(p.status()))
                        .ifPresent(p -> items.add(new Item(Task.APPROVE_SKP, who, String.valueOf(p.year()))));
                coaching.getOrDefault(who.employeeId(), List.of()).forEach(c -> items.add(new Item(
                        c.reviewDue() != null && !c.reviewDue().isAfter(today) ? Task.REVIEW_COACHING : Task.COACH,
                        who, String.valueOf(c.reviewDue()), c.caseId())));
                filling.add(new Filling(who, state.map(Staff::reportsInMonth).orElse(0),
                        state.map(Staff::lastReportDay)));
            }
        }
        items.sort(Comparator.comparing(Item::task).thenComparing(i -> i.who().name()));
        filling.sort(Comparator.comparing(Filling::filled).thenComparing(f -> f.who().name()));
        return new Page(today.getYear(), month, appraisees, items, filling);
    }

    /** The periods to rate or finalise (as penilai) and the objections waiting for the penilai or the atasan. */
    private static List<Item> tasks(Appraisee who, Staff staff) {
        List<Item> items = new ArrayList<>();
        if (who.ratedByMe()) {
            for (State period : staff.periods()) {
                ratingTask(period.status()).ifPresent(task -> items.add(new Item(task, who, period.period())));
            }
        }
        String waitingFor = who.ratedByMe() ? "FILED" : "ANSWERED_BY_PENILAI";
        Task task = who.ratedByMe() ? Task.ANSWER_OBJECTION : Task.DECIDE_OBJECTION;
        staff.objections().stream().filter(o -> waitingFor.equals(o.status()))
                .forEach(o -> items.add(new Item(task, who, o.period())));
        return items;
    }

    private static Optional<Task> ratingTask(String status) {
        return switch (status) {
            case "SELF_ASSESSED", "REOPENED" -> Optional.of(Task.RATE);
            case "RATED" -> Optional.of(Task.FINALISE);
            default -> Optional.empty();
        };
    }
}
