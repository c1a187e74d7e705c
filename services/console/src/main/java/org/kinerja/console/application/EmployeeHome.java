package org.kinerja.console.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.kinerja.console.application.Views.Activity;
import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Plan;
import org.kinerja.console.application.Views.Score;
import org.kinerja.console.application.Views.Unit;

/**
 * An employee's first page: who they are, their SKP of the year, this month's daily log, and their scores per period
 * (the months for the trend, the year with its predicate), their rewards (a granted certificate's piagam to print),
 * all read with their own token; and how many people they evaluate, for a pejabat penilai's way to their work list.
 */
public final class EmployeeHome {

    private final Platform platform;
    private final Clock clock;
    private final ZoneId zone;
    private final ParallelReads reads;

    public EmployeeHome(Platform platform, Clock clock, ZoneId zone, ParallelReads reads) {
        this.platform = platform;
        this.clock = clock;
        this.zone = zone;
        this.reads = reads;
    }

    /** What the page shows. {@code plan} is empty before the employee has written an SKP for the year. */
    public record Page(Employee employee, Optional<Unit> unit, int year, YearMonth month, LocalDate today,
            Optional<Plan> plan, List<Score> months, Optional<Score> yearScore, List<Activity> thisMonth,
            int appraisees, List<Views.Reward> rewards) {

        /** The SKP is written (or corrected) by the employee until it is submitted: none yet, a draft, rejected. */
        public boolean canWriteSkp() {
            return plan.map(p -> "DRAFT".equals(p.status()) || "REJECTED".equals(p.status())).orElse(true);
        }

        public boolean canSubmitSkp() {
            return canWriteSkp() && plan.map(p -> !p.rhk().isEmpty()).orElse(false);
        }

        /** An approved SKP's targets may be revised; the revision waits for the penilai, the approved SKP in force. */
        public boolean canReviseSkp() {
            return plan.map(p -> "APPROVED".equals(p.status())).orElse(false);
        }

        /** A daily log counts for an indicator of an approved SKP only (reporting refuses the others). */
        public boolean canLogWork() {
            return plan.map(p -> "APPROVED".equals(p.status())).orElse(false);
        }
    }

    public Page of(SignedInUser user) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String nip = user.subject();
        var plan = reads.start(() -> PlatformReads.plan(platform, user, nip, today.getYear()));
        var scores = reads.start(() -> platform.list(user, "/api/scoring/employees/" + nip + "/scores", Score.class));
        var appraisees = reads.start(() -> platform.list(user, "/api/registry/employees/" + nip + "/appraisees",
                Object.class).size());
        var rewards = reads.start(() -> platform.list(user, "/api/rewards/employees/" + nip + "/rewards",
                Views.Reward.class));
        var log = reads.start(() -> monthLog(user, YearMonth.from(today)));
        Employee employee = PlatformReads.employee(platform, user, nip);
        Optional<Unit> unit = employee.unitId() == null ? Optional.empty()
                : platform.find(user, "/api/registry/units/" + employee.unitId(), Unit.class);
        String year = String.valueOf(today.getYear());
        List<Score> months = scores.get().stream().filter(s -> s.period().startsWith(year + "-")).toList();
        Optional<Score> yearScore = scores.get().stream().filter(s -> s.period().equals(year)).findFirst();
        return new Page(employee, unit, today.getYear(), YearMonth.from(today), today, plan.get(), months, yearScore,
                log.get(), appraisees.get(), rewards.get());
    }

    /** The month's daily reports, newest first, withdrawn ones left out. */
    public List<Activity> monthLog(SignedInUser user, YearMonth month) {
        return platform.list(user, "/api/reporting/employees/" + user.subject() + "/activities", Activity.class)
                .stream()
                .filter(a -> !a.retracted() && YearMonth.from(a.report().activityDate()).equals(month))
                .sorted(Comparator.comparing((Activity a) -> a.report().activityDate()).reversed())
                .toList();
    }

    public YearMonth thisMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(zone)));
    }
}
