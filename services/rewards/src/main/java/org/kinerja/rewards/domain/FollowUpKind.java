package org.kinerja.rewards.domain;

/** What rewards decides for an employee's period, before the formal predicate exists. */
public enum FollowUpKind {
    /** Results above expectation: a candidate for recognition. */
    REWARD_CANDIDATE,
    /** Results below expectation: watch and coach before it becomes a pembinaan case. */
    COACHING_WATCH,
    /** Results as expected: nothing to do. */
    NO_ACTION
}
