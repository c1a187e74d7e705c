package org.kinerja.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.registry.application.ImportJob;
import org.kinerja.registry.application.ImportJobStore;

/** Import jobs in MongoDB, one document each (the file itself is never stored). */
public class MongoImportJobStore implements ImportJobStore {

    private final MongoCollection<Document> jobs;

    public MongoImportJobStore(MongoDatabase database) {
        this.jobs = database.getCollection("import_jobs");
    }

    @Override
    public boolean create(ImportJob job) {
        return MongoJson.insertOnce(jobs, MongoJson.toDocument(job).append("_id", job.jobId()));
    }

    @Override
    public void save(ImportJob job) {
        MongoJson.upsert(jobs, job.jobId(), job);
    }

    @Override
    public Optional<ImportJob> find(String jobId) {
        return MongoJson.findOne(jobs, eq("_id", jobId), ImportJob.class);
    }
}
