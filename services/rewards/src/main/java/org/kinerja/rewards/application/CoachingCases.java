package org.kinerja.rewards.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.CoachingCaseChanged;
import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.domain.Because;
import org.kinerja.rewards.domain.CoachingCase;
import org.kinerja.rewards.domain.EmployeeProfile;
import org.kinerja.rewards.domain.FollowUpIds;
import org.kinerja.rewards.domain.Predicate;
import org.kinerja.rewards.domain.RewardsPolicy;

/**
 * Pembinaan (PP 30/2019 Ps. 56-57): a case opened when a year's predicate is below BAIK (a month below it is an early
 * warning, not a case), with goals from the SKP's weak indicators; the penilai records sessions and goals and reviews
 * it on its date; the employee, their penilai chain, their agency's HR and the region's readers read it.
 */
public class CoachingCases {

    private final FollowUpRulesStore store;
    private final EmployeeDirectory directory;
    private final FollowUpReadAccess access;
    private final Clock clock;
    private final ZoneId zone;
    private final String source;

    public CoachingCases(FollowUpRulesStore store, EmployeeDirectory directory, String region, Clock clock,
            ZoneId zone) {
        this.store = store;
        this.directory = directory;
        this.access = new FollowUpReadAccess(directory);
        this.clock = clock;
        this.zone = zone;
        this.source = EventSource.of(region);
    }

    /** A score applied: a case opened, or the open case told of the new result. */
    void onScore(ScoreUpdated score, RewardsPolicy policy) {
        CoachingCase.Trigger trigger = new CoachingCase.Trigger(score.period(),
                Predicate.valueOf(score.predicate()), score.version());
        OptimisticWrites.retry(() -> {
            Optional<CoachingCase> open = store.openCaseOf(score.employeeId());
            CoachingCase next;
            if (open.isPresent()) {
                next = open.get().seen(trigger);
            } else if (trigger.predicate().belowBaik() && policy.pembinaan().opensCaseOn(score.period())) {
                // A period of another kind below BAIK (a month, where the year's evaluation decides) is an early
                // warning on the follow-up record, not a case (PP 30/2019 Ps. 56-57).
                Optional<EmployeeProfile> employee = directory.find(score.employeeId());
                if (employee.isEmpty()
                        || store.coachingCase(FollowUpIds.coachingCase(score.employeeId(), score.period())).isPresent()) {
                    // unknown employee: no case without knowing who; the period's case was reviewed already
                    return true;
                }
                next = CoachingCase.open(employee.get(), trigger, today(), policy.pembinaan().reviewAfterMonths(),
                        goals(score));
            } else {
                return true;
            }
            return store.saveCase(next, event(next));
        }, () -> new IllegalStateException("coaching case of " + score.employeeId() + " kept changing under us"));
    }

    /**
     * The goals a case opens with: {@code RAISE_INDICATOR} [indicator id, capaian, 90] for each indicator below
     * expectations, or {@code AGREE_ON_BEHAVIOUR} [period] when the work met them and the behaviour did not.
     */
    private static List<Because> goals(ScoreUpdated score) {
        List<Because> goals = new ArrayList<>();
        for (ScoreUpdated.IndicatorScore indicator : score.indicators()) {
            if ("BELOW".equals(indicator.band())) {
                goals.add(Because.of("Raise " + indicator.indicatorId() + (indicator.aspect() == null ? "" : " ("
                        + indicator.aspect() + ")") + " from " + indicator.capaian().toPlainString()
                        + " % to at least 90 % capaian", "RAISE_INDICATOR", indicator.indicatorId(),
                        indicator.capaian(), 90));
            }
        }
        if (goals.isEmpty()) {
            goals.add(Because.of("Agree with the penilai on the behaviour expectations (BerAKHLAK) not met in "
                    + score.period(), "AGREE_ON_BEHAVIOUR", score.period()));
        }
        return goals;
    }

    /** The penilai records a coaching session. */
    public CoachingCase recordSession(Caller caller, String caseId, LocalDate date, String notes) {
        return changeCase(caller, caseId, c -> c.withSession(new CoachingCase.Session(date, caller.subject(), notes)));
    }

    /** The penilai adds a goal. */
    public CoachingCase addGoal(Caller caller, String caseId, String goal) {
        return changeCase(caller, caseId, c -> c.withGoal(goal));
    }

    /** The review, by the penilai or the administrator, on or after the review date. */
    public CoachingCase review(Caller caller, String caseId, String note) {
        return changeCase(caller, caseId, c -> c.reviewed(today(), caller.subject(), note));
    }

    public Optional<CoachingCase> coachingCase(Caller caller, String caseId) {
        Optional<CoachingCase> found = store.coachingCase(caseId);
        access.requirePersonal(caller, found.map(CoachingCase::employeeId), caseId);
        return found;
    }

    public List<CoachingCase> casesOfEmployee(Caller caller, String employeeId) {
        access.requirePersonal(caller, employeeId);
        return store.casesOfEmployee(employeeId);
    }

    /**
     * The coaching cases of the employees a pejabat penilai evaluates: the penilai's own work (sessions to hold,
     * reviews due), read by those who read the penilai's work list.
     */
    public List<CoachingCase> casesOfPenilai(Caller caller, String penilaiId) {
        if (!caller.readsWorkListOf(penilaiId, () -> directory.find(penilaiId).map(EmployeeProfile::agencyId))) {
            throw Refusal.notAllowed("not-your-appraisees", "Whom a penilai coaches is for the penilai, their "
                    + "agency's HR operators and the region's readers.");
        }
        return store.casesOfEmployees(directory.evaluatedBy(penilaiId).stream().map(EmployeeProfile::employeeId)
                .toList());
    }

    /** Who in an agency is under pembinaan is for its HR operators, the administrator and leaders, not colleagues. */
    public List<CoachingCase> casesOfAgency(Caller caller, String agencyId) {
        access.requireAgencyHr(caller, agencyId);
        return store.casesOfAgency(agencyId);
    }

    private CoachingCase changeCase(Caller caller, String caseId,
            java.util.function.UnaryOperator<CoachingCase> change) {
        return OptimisticWrites.retryFor(() -> {
            Optional<CoachingCase> found = store.coachingCase(caseId);
            // checked against the employee the id names, case or no case (see FollowUpIds)
            Optional<String> employee = found.map(CoachingCase::employeeId)
                    .or(() -> FollowUpIds.employeeNamedIn(caseId));
            String penilai = employee.flatMap(directory::find).map(EmployeeProfile::penilaiId).orElse(null);
            if (employee.isPresent() && !caller.isAdmin() && !caller.isPenilai(penilai)) {
                throw Refusal.notAllowed("not-the-penilai", "Only the employee's penilai (or the administrator) "
                        + "works on their coaching case.");
            }
            CoachingCase current = found.orElseThrow(() -> Refusal.notFound("coaching-case-not-found",
                    "No coaching case " + caseId + "."));
            CoachingCase next;
            try {
                next = change.apply(current);
            } catch (IllegalStateException refused) {
                throw Refusal.conflict("coaching-case-refused", refused.getMessage() + ".");
            }
            if (store.saveCase(next, event(next))) {
                return Optional.of(next);
            }
            return Optional.empty();
        }, () -> Refusal.conflict("coaching-case-busy", "The case changed at the same time; try again."));
    }


    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private OutgoingEvent event(CoachingCase c) {
        Instant now = clock.instant();
        return OutgoingEvent.of(EventType.COACHING_CASE_CHANGED, "coaching:" + c.caseId() + ":" + c.version(), source,
                c.employeeId(), c.caseId(), now, new CoachingCaseChanged(c.caseId(), c.employeeId(), c.agencyId(),
                        c.unitId(), c.status().name(), c.openedFor(), c.openedPredicate().name(), c.openedOn(),
                        c.reviewDue(), c.goals(), c.sessions().size(), c.latest().predicate().name(),
                        c.escalation() == null ? null : c.escalation().name(),
                        c.review() == null ? null : c.review().note(), c.version(), now, c.goalCodes()));
    }
}
