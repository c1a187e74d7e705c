package org.kinerja.reporting.domain;

/**
 * The evaluation period workflow: {@code OPEN → SELF_ASSESSED → RATED → PREDICATE_SET → LOCKED}; only an
 * administrator reopens a locked period ({@code LOCKED → REOPENED}), with a reason, and a reopened period is rated
 * and finalised again.
 */
public enum PeriodStatus {
    OPEN, SELF_ASSESSED, RATED, PREDICATE_SET, LOCKED, REOPENED
}
