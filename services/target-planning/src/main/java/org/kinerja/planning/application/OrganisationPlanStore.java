package org.kinerja.planning.application;

import java.util.Optional;

import org.kinerja.contracts.events.PerformanceAgreementSet;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.platform.events.OutgoingEvent;

/** Performance agreements and unit predicates, each written with its event (outbox). */
public interface OrganisationPlanStore {

    Optional<PerformanceAgreementSet> agreement(String agencyId, int year);

    void saveAgreement(PerformanceAgreementSet agreement, OutgoingEvent event);

    Optional<UnitPredicateSet> predicate(String unitId, String period);

    void savePredicate(UnitPredicateSet predicate, OutgoingEvent event);

    Optional<SakipEvaluated> sakip(String agencyId, int year);

    void saveSakip(SakipEvaluated evaluation, OutgoingEvent event);
}
