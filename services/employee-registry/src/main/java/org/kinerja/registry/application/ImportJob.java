package org.kinerja.registry.application;

import java.time.Instant;
import java.util.List;

/**
 * A bulk onboarding of employees from an agency's CSV file, as the agency polls it: how far it got, how many rows
 * created an employee, how many were already registered with the same data (unchanged), and each refused row with its
 * reason. The id derives from the agency and the file's content, so uploading the same file again finds this job.
 * {@code updatedAt} moves with every saved step; a RUNNING job whose step is old was cut off by a restart.
 */
public record ImportJob(String jobId, String agencyId, Status status, int total, int processed, int created,
        int unchanged, int rejected, List<RowRejection> rejections, Instant startedAt, Instant updatedAt,
        Instant finishedAt) {

    /** At most this many rejections are listed; {@code rejected} counts them all. */
    public static final int LISTED_REJECTIONS = 1000;

    public enum Status { RUNNING, DONE, INTERRUPTED }

    /** A refused row: its line in the file (the header is line 1), the NIP it gave, and why. */
    public record RowRejection(int line, String nip, String reason) {
    }

    public ImportJob {
        rejections = List.copyOf(rejections);
    }
}
