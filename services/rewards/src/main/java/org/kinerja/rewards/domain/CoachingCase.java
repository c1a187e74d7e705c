package org.kinerja.rewards.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kinerja.contracts.events.Reason;

/**
 * A pembinaan (coaching) case (R8): opened when a predicate falls below BAIK, with goals and a review date some months
 * on; the penilai records coaching sessions; at the review the case closes as improved when the latest predicate is
 * BAIK or better, or escalates (reassignment for JA and JF, a competency re-test for JPT) when it is not. It never
 * ends in an automatic dismissal, and an employee has at most one open case: a further low predicate joins it.
 * {@code goalCodes} are the goals the case opened with as reasons a client words ({@code goalCodes[i]} says
 * {@code goals[i]}); goals the penilai adds are their own words and have none.
 */
public record CoachingCase(String caseId, String employeeId, String agencyId, String unitId, PositionType positionType,
        Status status, String openedFor, Predicate openedPredicate, LocalDate openedOn, LocalDate reviewDue,
        List<String> goals, List<Session> sessions, List<Trigger> triggers, Trigger latest, Review review,
        Escalation escalation, long version, List<Reason> goalCodes) {

    public enum Status { OPEN, IMPROVED_CLOSED, ESCALATED }

    public enum Escalation { REASSIGNMENT, COMPETENCY_RETEST }

    /** A coaching session the penilai held. */
    public record Session(LocalDate date, String by, String notes) {
    }

    /** A predicate the case has seen: the one that opened it, later low ones, and the latest of all. */
    public record Trigger(String period, Predicate predicate, long scoreVersion) {
    }

    public record Review(LocalDate on, String by, String note, Predicate latestPredicate) {
    }

    public CoachingCase {
        goals = List.copyOf(goals);
        sessions = List.copyOf(sessions);
        triggers = List.copyOf(triggers);
        goalCodes = goalCodes == null ? List.of() : List.copyOf(goalCodes);
    }

    public static CoachingCase open(EmployeeProfile employee, Trigger trigger, LocalDate today, int reviewAfterMonths,
            List<Because> goals) {
        return new CoachingCase(FollowUpIds.coachingCase(employee.employeeId(), trigger.period()),
                employee.employeeId(),
                employee.agencyId(), employee.unitId(), employee.positionType(), Status.OPEN, trigger.period(),
                trigger.predicate(), today, today.plusMonths(reviewAfterMonths),
                goals.stream().map(Because::words).toList(), List.of(), List.of(trigger), trigger, null, null, 1,
                goals.stream().flatMap(goal -> goal.codes().stream()).toList());
    }

    /** A newer predicate of the employee while the case is open: the latest is kept; a low one is also a trigger. */
    public CoachingCase seen(Trigger trigger) {
        List<Trigger> all = new ArrayList<>(triggers);
        if (trigger.predicate().belowBaik() && all.stream().noneMatch(t -> t.period().equals(trigger.period())
                && t.scoreVersion() >= trigger.scoreVersion())) {
            all.add(trigger);
        }
        return new CoachingCase(caseId, employeeId, agencyId, unitId, positionType, status, openedFor,
                openedPredicate, openedOn, reviewDue, goals, sessions, all, trigger, review, escalation, version + 1,
                goalCodes);
    }

    public CoachingCase withSession(Session session) {
        requireOpen();
        List<Session> all = new ArrayList<>(sessions);
        all.add(session);
        return new CoachingCase(caseId, employeeId, agencyId, unitId, positionType, status, openedFor,
                openedPredicate, openedOn, reviewDue, goals, all, triggers, latest, review, escalation, version + 1,
                goalCodes);
    }

    public CoachingCase withGoal(String goal) {
        requireOpen();
        List<String> all = new ArrayList<>(goals);
        all.add(goal);
        return new CoachingCase(caseId, employeeId, agencyId, unitId, positionType, status, openedFor,
                openedPredicate, openedOn, reviewDue, all, sessions, triggers, latest, review, escalation,
                version + 1, goalCodes);
    }

    /**
     * The review, on or after the review date: improved and closed when the latest predicate is BAIK or better,
     * escalated otherwise (a JPT to a competency re-test, anyone else to reassignment). Never a dismissal.
     */
    public CoachingCase reviewed(LocalDate today, String by, String note) {
        requireOpen();
        if (today.isBefore(reviewDue)) {
            throw new IllegalStateException("the review is due on " + reviewDue + ", not before");
        }
        boolean improved = !latest.predicate().belowBaik() && !latest.period().equals(openedFor);
        Escalation next = improved ? null : positionType == PositionType.JPT ? Escalation.COMPETENCY_RETEST
                : Escalation.REASSIGNMENT;
        return new CoachingCase(caseId, employeeId, agencyId, unitId, positionType,
                improved ? Status.IMPROVED_CLOSED : Status.ESCALATED, openedFor, openedPredicate, openedOn,
                reviewDue, goals, sessions, triggers, latest, new Review(today, by, note, latest.predicate()), next,
                version + 1, goalCodes);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("the case is " + status + " and can no longer change");
        }
    }
}
