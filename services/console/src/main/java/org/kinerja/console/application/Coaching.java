package org.kinerja.console.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kinerja.console.application.Views.CoachingCase;
import org.kinerja.console.application.Views.Employee;

/**
 * A pembinaan case as the pejabat penilai leads it: why it opened, its goals and the sessions held, a session or a
 * goal to add, and the review once it is due (closing the case as improved, or escalating it, by rewards' rule).
 * Who may is rewards' rule: the employee's penilai or the administrator.
 */
public final class Coaching {

    private static final String CASES = "/api/rewards/coaching-cases/";

    private final Platform platform;

    public Coaching(Platform platform) {
        this.platform = platform;
    }

    public record CasePage(Employee employee, CoachingCase coachingCase, java.util.Optional<Views.Plan> plan,
            LocalDate today) {

        /** A goal as rewards wrote it, the SKP's indicators named in the SKP's words. */
        public String goal(String goal) {
            return plan.map(p -> p.withIndicatorNames(goal)).orElse(goal);
        }

        public boolean open() {
            return "OPEN".equals(coachingCase.status());
        }

        public boolean reviewDue() {
            return open() && coachingCase.reviewDue() != null && !coachingCase.reviewDue().isAfter(today);
        }
    }

    public CasePage of(SignedInUser user, String caseId, LocalDate today) {
        CoachingCase found = platform.find(user, CASES + caseId, CoachingCase.class).orElseThrow(
                () -> new PlatformRefusal(404, "coaching-case-not-found", null, "No coaching case " + caseId,
                        List.of()));
        int year = found.openedFor() != null && found.openedFor().length() >= 4
                ? Integer.parseInt(found.openedFor().substring(0, 4)) : today.getYear();
        return new CasePage(PlatformReads.employee(platform, user, found.employeeId()), found,
                PlatformReads.plan(platform, user, found.employeeId(), year), today);
    }

    public void session(SignedInUser user, String caseId, LocalDate date, String notes) {
        platform.send(user, Platform.Command.post(CASES + caseId + "/sessions", Map.of("date",
                date == null ? "" : date.toString(), "notes", notes == null ? "" : notes)), CoachingCase.class);
    }

    public void goal(SignedInUser user, String caseId, String goal) {
        platform.send(user, Platform.Command.post(CASES + caseId + "/goals", Map.of("goal", goal == null ? "" : goal)),
                CoachingCase.class);
    }

    public void review(SignedInUser user, String caseId, String note) {
        platform.send(user, Platform.Command.post(CASES + caseId + "/review", Map.of("note", note == null ? "" : note)),
                CoachingCase.class);
    }
}
