package org.kinerja.console.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.kinerja.console.application.Views.Activity;
import org.kinerja.console.application.Views.Appraisee;
import org.kinerja.console.application.Views.Objection;
import org.kinerja.console.application.Views.Period;
import org.kinerja.console.application.Views.Plan;

/**
 * A pejabat penilai's work list: whom they evaluate (the registry), and for each what waits for them (an SKP to
 * approve, a period to rate or to finalise, an objection to answer, or to decide as atasan penilai), and "Monitoring
 * Pengisian": who of their staff has logged work this month. Each appraisee's state is read from the services at
 * once, in parallel, so the page costs about one round of calls however many staff a penilai has.
 */
public final class PenilaiWorkList {

    /** What waits for the penilai, in the order it is done in the year. */
    public enum Task {
        APPROVE_SKP, RATE, FINALISE, ANSWER_OBJECTION, DECIDE_OBJECTION
    }

    public record Item(Task task, Appraisee who, String period) {
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

    private record State(List<Item> items, Optional<Filling> filling) {
    }

    private final Platform platform;
    private final Clock clock;
    private final ZoneId zone;
    private final Executor calls;

    public PenilaiWorkList(Platform platform, Clock clock, ZoneId zone, Executor calls) {
        this.platform = platform;
        this.clock = clock;
        this.zone = zone;
        this.calls = calls;
    }

    /** Whom the user evaluates; empty for someone who evaluates nobody. */
    public List<Appraisee> appraisees(SignedInUser user) {
        return platform.list(user, "/api/registry/employees/" + user.subject() + "/appraisees", Appraisee.class);
    }

    /** The year in progress in the region. */
    public int year() {
        return LocalDate.now(clock.withZone(zone)).getYear();
    }

    public Page of(SignedInUser user) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Appraisee> appraisees = appraisees(user);
        List<CompletableFuture<State>> states = appraisees.stream()
                .map(who -> CompletableFuture.supplyAsync(() -> stateOf(user, who, today), calls)).toList();
        List<Item> items = new ArrayList<>();
        List<Filling> filling = new ArrayList<>();
        for (CompletableFuture<State> state : states) {
            State done = join(state);
            items.addAll(done.items());
            done.filling().ifPresent(filling::add);
        }
        items.sort(Comparator.comparing(Item::task).thenComparing(i -> i.who().name()));
        filling.sort(Comparator.comparing(Filling::filled).thenComparing(f -> f.who().name()));
        return new Page(today.getYear(), YearMonth.from(today), appraisees, items, filling);
    }

    private State stateOf(SignedInUser user, Appraisee who, LocalDate today) {
        String base = "/api/reporting/employees/" + who.employeeId();
        List<Period> periods = platform.list(user, base + "/periods", Period.class);
        List<Item> items = new ArrayList<>();
        for (Period period : periods) {
            objectionTask(user, who, period).ifPresent(items::add);
            if (who.ratedByMe()) {
                ratingTask(period.status()).ifPresent(task -> items.add(new Item(task, who, period.period())));
            }
        }
        if (!who.ratedByMe()) {
            return new State(items, Optional.empty());
        }
        Optional<Plan> plan = platform.find(user, "/api/planning/plans/skp-" + today.getYear() + "-"
                + who.employeeId(), Plan.class);
        if (plan.filter(p -> "SUBMITTED".equals(p.status()) || "REVISION_SUBMITTED".equals(p.status())).isPresent()) {
            items.add(0, new Item(Task.APPROVE_SKP, who, String.valueOf(today.getYear())));
        }
        return new State(items, Optional.of(filling(user, who, YearMonth.from(today))));
    }

    private static Optional<Task> ratingTask(String status) {
        return switch (status) {
            case "SELF_ASSESSED", "REOPENED" -> Optional.of(Task.RATE);
            case "RATED" -> Optional.of(Task.FINALISE);
            default -> Optional.empty();
        };
    }

    /** An objection is filed against a final annual evaluation: answered by the penilai, decided by the atasan. */
    private Optional<Item> objectionTask(SignedInUser user, Appraisee who, Period period) {
        if (!period.isYear() || !period.isFinal()) {
            return Optional.empty();
        }
        String waitingFor = who.ratedByMe() ? "FILED" : "ANSWERED_BY_PENILAI";
        Task task = who.ratedByMe() ? Task.ANSWER_OBJECTION : Task.DECIDE_OBJECTION;
        return platform.find(user, "/api/reporting/employees/" + who.employeeId() + "/periods/" + period.period()
                + "/objection", Objection.class).filter(o -> waitingFor.equals(o.status()))
                .map(o -> new Item(task, who, period.period()));
    }

    private Filling filling(SignedInUser user, Appraisee who, YearMonth month) {
        List<LocalDate> days = platform.list(user, "/api/reporting/employees/" + who.employeeId() + "/activities",
                Activity.class).stream().filter(a -> !a.retracted()).map(a -> a.report().activityDate())
                .filter(day -> YearMonth.from(day).equals(month)).toList();
        return new Filling(who, days.size(), days.stream().max(Comparator.naturalOrder()));
    }

    /** A refusal in one appraisee's call is the page's refusal (a penilai reads all of their staff, or none). */
    private static State join(CompletableFuture<State> state) {
        try {
            return state.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
