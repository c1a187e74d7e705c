package org.kinerja.planning.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.EventType;
import org.kinerja.contracts.events.PerformanceAgreementSet;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.planning.domain.OrganisationPredicate;
import org.kinerja.planning.domain.SakipPoints;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;

/**
 * The organisation's side of planning: each agency's performance agreement (Perjanjian Kinerja) for a year, set by the
 * agency or the administrator; and each unit's organisation predicate per period, set by the head of its parent
 * organisation (for an OPD, the region's leadership, through the administrator). Each is an event.
 */
public class ManageOrganisation {

    private final OrganisationPlanStore store;
    private final EmployeeDirectory directory;
    private final String source;
    private final Clock clock;

    public ManageOrganisation(OrganisationPlanStore store, EmployeeDirectory directory, String region, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.source = "/services/target-planning/" + region;
        this.clock = clock;
    }

    public PerformanceAgreementSet setAgreement(Caller caller, String agencyId, int year,
            List<PerformanceAgreementSet.Target> targets) {
        if (!caller.actsForAgency(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "Only agency '" + agencyId
                    + "' (or the administrator) sets its performance agreement.");
        }
        long version = store.agreement(agencyId, year).map(a -> a.version() + 1).orElse(1L);
        Instant now = clock.instant();
        PerformanceAgreementSet agreement = new PerformanceAgreementSet(agencyId, year, targets, caller.subject(),
                version, now);
        store.saveAgreement(agreement, OutgoingEvent.of(EventType.PERFORMANCE_AGREEMENT_SET, "agreement:" + agencyId
                + ":" + year + ":" + version, source, agencyId, agencyId + ":" + year, now, agreement));
        return agreement;
    }

    /** An agency's agreement is its own people's (its OPD head cascades from it), the administrator's and leaders'. */
    public Optional<PerformanceAgreementSet> agreement(Caller caller, String agencyId, int year) {
        requireReadsAgency(caller, agencyId);
        return store.agreement(agencyId, year);
    }

    public UnitPredicateSet setPredicate(Caller caller, String unitId, String period,
            OrganisationPredicate predicate) {
        EmployeeDirectory.UnitRef unit = directory.findUnit(unitId).orElseThrow(() -> Refusal.invalid(
                "unknown-unit", "Unit '" + unitId + "' is not registered (or its event has not arrived yet)."));
        boolean allowed = unit.parentUnitId() == null ? caller.isAdmin()
                : directory.headOf(unit.parentUnitId()).map(head -> caller.isEmployee(head.employeeId()))
                        .orElse(false);
        if (!allowed) {
            throw Refusal.notAllowed("not-the-parent-head", unit.parentUnitId() == null
                    ? "An OPD's predicate is set by the region's leadership, through the administrator."
                    : "Only the head of unit '" + unit.parentUnitId() + "' sets the predicate of '" + unitId + "'.");
        }
        long version = store.predicate(unitId, period).map(p -> p.version() + 1).orElse(1L);
        Instant now = clock.instant();
        String head = directory.headOf(unitId).map(EmployeeDirectory.EmployeeRef::employeeId).orElse(null);
        UnitPredicateSet set = new UnitPredicateSet(unitId, unit.agencyId(), period, predicate.name(),
                caller.subject(), version, now, head);
        store.savePredicate(set, OutgoingEvent.of(EventType.UNIT_PREDICATE_SET, "unit-predicate:" + unitId + ":"
                + period + ":" + version, source, unitId, unitId + ":" + period, now, set));
        return set;
    }

    /**
     * Records an evaluator's SAKIP points for an agency and year (a later evaluation replaces it, one version up).
     * Evaluations come from outside the agency (the inspectorate, the ministry), so only the administrator records them.
     */
    public SakipEvaluated evaluateSakip(Caller caller, String agencyId, int year, SakipPoints points) {
        if (!caller.isAdmin()) {
            throw Refusal.notAllowed("admin-only", "SAKIP evaluations are recorded by the region's administrator.");
        }
        List<String> problems = points.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-sakip-points", String.join("; ", problems) + ".");
        }
        long version = store.sakip(agencyId, year).map(s -> s.version() + 1).orElse(1L);
        Instant now = clock.instant();
        SakipEvaluated evaluation = new SakipEvaluated(agencyId, year, points.perencanaan(), points.pengukuran(),
                points.pelaporan(), points.evaluasiInternal(), points.total(), caller.subject(), version, now);
        store.saveSakip(evaluation, OutgoingEvent.of(EventType.SAKIP_EVALUATED, "sakip:" + agencyId + ":" + year
                + ":" + version, source, agencyId, agencyId + ":" + year, now, evaluation));
        return evaluation;
    }

    public Optional<SakipEvaluated> sakip(Caller caller, String agencyId, int year) {
        requireReadsAgency(caller, agencyId);
        return store.sakip(agencyId, year);
    }

    /** Decided before anything is looked up: another agency gets 403 whether or not the unit has a predicate. */
    public Optional<UnitPredicateSet> predicate(Caller caller, String unitId, String period) {
        if (!caller.readsRegion()) {
            String agency = directory.findUnit(unitId).map(EmployeeDirectory.UnitRef::agencyId).orElse(null);
            if (agency == null || !caller.readsAgency(agency)) {
                throw Refusal.notAllowed("not-your-agency", "The predicates of unit '" + unitId + "' are for its "
                        + "agency, the region's administrator and its leaders.");
            }
        }
        return store.predicate(unitId, period);
    }

    private static void requireReadsAgency(Caller caller, String agencyId) {
        if (!caller.readsAgency(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "The performance plans of agency '" + agencyId + "' are "
                    + "for that agency, the region's administrator and its leaders.");
        }
    }
}
