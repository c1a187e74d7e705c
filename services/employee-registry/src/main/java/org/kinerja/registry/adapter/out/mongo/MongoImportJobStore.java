package org.kinerja.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
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
        try {
            jobs.insertOne(MongoJson.toDocument(job).append("_id", job.jobId()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
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
