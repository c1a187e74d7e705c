package org.kinerja.registry.application;

import java.util.Optional;

/** Where import jobs are kept, so an agency can poll one from any instance, and after a restart. */
public interface ImportJobStore {

    /** Stores a new job; false when a job with its id exists already. */
    boolean create(ImportJob job);

    void save(ImportJob job);

    Optional<ImportJob> find(String jobId);
}
