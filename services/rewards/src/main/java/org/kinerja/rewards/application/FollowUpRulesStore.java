package org.kinerja.rewards.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.rewards.application.FollowUpRecords.PredicateRecord;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.application.FollowUpRecords.UnitStandings;
import org.kinerja.rewards.domain.CoachingCase;
import org.kinerja.rewards.domain.UnitPattern;

/** Predicates seen, rewards, units' standings, coaching cases and training needs; versioned writes with events. */
public interface FollowUpRulesStore {

    Optional<PredicateRecord> predicate(String employeeId, String period);

    /** Keeps the record unless one of a newer score version is stored; true when stored. */
    boolean savePredicate(PredicateRecord record);

    Optional<Reward> reward(String rewardId);

    /** Saves at {@code reward.version()} over version - 1 (compare-and-set), with its event. */
    boolean saveReward(Reward reward, OutgoingEvent event);

    List<Reward> rewardsOfEmployee(String employeeId);

    List<Reward> rewardsOfUnit(String unitId, String period);

    Optional<UnitStandings> standings(String unitId, String period);

    boolean saveStandings(UnitStandings standings);

    Optional<UnitPattern> pattern(String unitId, String period);

    /** Saves at {@code pattern.version()} over version - 1 (compare-and-set). */
    boolean savePattern(UnitPattern pattern);

    Optional<CoachingCase> coachingCase(String caseId);

    Optional<CoachingCase> openCaseOf(String employeeId);

    boolean saveCase(CoachingCase coachingCase, OutgoingEvent event);

    List<CoachingCase> casesOfEmployee(String employeeId);

    /** The cases of these employees, by review date. */
    List<CoachingCase> casesOfEmployees(java.util.Collection<String> employeeIds);

    List<CoachingCase> casesOfAgency(String agencyId);

    /** The employee's needs of the period on these topics (a need's id is employeeId:period:topic). */
    List<TrainingNeed> needsOf(String employeeId, String period, Set<String> topics);

    boolean saveNeed(TrainingNeed need, OutgoingEvent event);

    List<TrainingNeed> needsOfUnit(String unitId, String period);

    List<Reward> rewardsIn(String period);

    List<TrainingNeed> needsIn(String period);

    List<CoachingCase> allCases();
}
