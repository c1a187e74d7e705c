package org.kinerja.reporting.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.contracts.events.RealisationReported;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.reporting.application.ReportRealisation;

/** Accepted realisations, the latest revision per employee, indicator and period. */
public class MongoRealisationView implements ReportRealisation.RealisationView {

    private final MongoCollection<Document> realisations;

    public MongoRealisationView(MongoDatabase database) {
        this.realisations = VersionedWrites.collection(database, "realisations", "version");
    }

    @Override
    public void save(RealisationReported realisation) {
        MongoJson.upsertIfNewer(realisations, realisation.realisationId(), realisation, realisation.revision());
    }

    @Override
    public Optional<RealisationReported> find(String realisationId) {
        return MongoJson.findOne(realisations, eq("_id", realisationId), RealisationReported.class);
    }

    @Override
    public List<RealisationReported> ofEmployee(String employeeId) {
        return MongoJson.findAll(realisations, eq("employeeId", employeeId), Sorts.ascending("period"),
                RealisationReported.class);
    }
}
