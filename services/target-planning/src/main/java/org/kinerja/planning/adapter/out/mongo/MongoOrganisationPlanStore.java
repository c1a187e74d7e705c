package org.kinerja.planning.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.kinerja.contracts.events.PerformanceAgreementSet;
import org.kinerja.contracts.events.SakipEvaluated;
import org.kinerja.contracts.events.UnitPredicateSet;
import org.kinerja.planning.application.OrganisationPlanStore;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;

/** Performance agreements (one per agency and year) and unit predicates (one per unit and period), with outboxes. */
public class MongoOrganisationPlanStore implements OrganisationPlanStore {

    public static final String AGREEMENTS = "performance_agreements";
    public static final String PREDICATES = "unit_predicates";
    public static final String SAKIP = "sakip_evaluations";

    private final MongoCollection<Document> agreements;
    private final MongoCollection<Document> predicates;
    private final MongoCollection<Document> sakip;

    public MongoOrganisationPlanStore(MongoDatabase database) {
        this.agreements = database.getCollection(AGREEMENTS);
        this.predicates = database.getCollection(PREDICATES);
        this.sakip = database.getCollection(SAKIP);
    }

    @Override
    public Optional<PerformanceAgreementSet> agreement(String agencyId, int year) {
        return MongoJson.findOne(agreements, eq("_id", agencyId + ":" + year), PerformanceAgreementSet.class);
    }

    @Override
    public void saveAgreement(PerformanceAgreementSet agreement, OutgoingEvent event) {
        agreements.updateOne(eq("_id", agreement.agencyId() + ":" + agreement.year()),
                Outbox.stateAndEvents(agreement, List.of(event)), new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<UnitPredicateSet> predicate(String unitId, String period) {
        return MongoJson.findOne(predicates, eq("_id", unitId + ":" + period), UnitPredicateSet.class);
    }

    @Override
    public void savePredicate(UnitPredicateSet predicate, OutgoingEvent event) {
        predicates.updateOne(eq("_id", predicate.unitId() + ":" + predicate.period()),
                Outbox.stateAndEvents(predicate, List.of(event)), new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<SakipEvaluated> sakip(String agencyId, int year) {
        return MongoJson.findOne(sakip, eq("_id", agencyId + ":" + year), SakipEvaluated.class);
    }

    @Override
    public void saveSakip(SakipEvaluated evaluation, OutgoingEvent event) {
        sakip.updateOne(eq("_id", evaluation.agencyId() + ":" + evaluation.year()),
                Outbox.stateAndEvents(evaluation, List.of(event)), new UpdateOptions().upsert(true));
    }
}
