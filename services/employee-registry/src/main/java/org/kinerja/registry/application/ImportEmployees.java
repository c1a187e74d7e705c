package org.kinerja.registry.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.domain.AsnType;
import org.kinerja.registry.domain.JfLevel;
import org.kinerja.registry.domain.PositionType;
import org.kinerja.registry.domain.Unit;

/**
 * Bulk onboarding: an agency uploads thousands of employees at once. Each row goes through the very registration of
 * the single-employee API (same validation, same authorisation, same events), in the background; the job reports
 * progress as it goes. Registration is idempotent, so re-uploading a file changes nothing, and a job interrupted by a
 * restart finishes when its file is uploaded again.
 */
public class ImportEmployees {

    /** The columns a file must have; others (a NIK, say) are ignored and never stored. */
    public static final List<String> REQUIRED_COLUMNS = List.of("nip", "name", "unitId", "asnType", "positionType");
    public static final List<String> OPTIONAL_COLUMNS = List.of("jfLevel", "rank", "headOfUnit", "penilaiId",
            "effectiveFrom");
    private static final int SAVE_EVERY = 100;
    /** A running job saves a step at least this often; older means no instance is running it any more. */
    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(2);

    /** One data row of the file: its line number and its values by column. */
    public record Row(int line, Map<String, String> values) {
        String value(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private final RegisterEmployee register;
    private final RegistryStore registry;
    private final ImportJobStore jobs;
    private final Executor executor;
    private final Clock clock;
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();

    public ImportEmployees(RegisterEmployee register, RegistryStore registry, ImportJobStore jobs, Executor executor,
            Clock clock) {
        this.register = register;
        this.registry = registry;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts (or finds) the job for this file; the rows are processed in the background. */
    public ImportJob start(Caller caller, String agencyId, byte[] file, List<Row> rows) {
        if (!caller.actsForAgency(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "Only agency '" + agencyId
                    + "' (or the administrator) may onboard its employees.");
        }
        String jobId = jobId(agencyId, file);
        ImportJob fresh = new ImportJob(jobId, agencyId, ImportJob.Status.RUNNING, rows.size(), 0, 0, 0, 0,
                List.of(), clock.instant(), clock.instant(), null);
        if (!jobs.create(fresh)) {
            ImportJob existing = jobs.find(jobId).orElseThrow();
            if (existing.status() == ImportJob.Status.DONE || runningHere.contains(jobId)) {
                return existing;
            }
            jobs.save(fresh);
        }
        runningHere.add(jobId);
        executor.execute(() -> run(caller, fresh, rows));
        return fresh;
    }

    /** The job as it stands; an unfinished job no instance is running any more reads as INTERRUPTED. */
    public ImportJob find(Caller caller, String jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> Refusal.notFound("import-not-found",
                "No import job '" + jobId + "'."));
        if (!caller.actsForAgency(job.agencyId())) {
            throw Refusal.notAllowed("not-your-agency", "Import jobs are visible to their agency only.");
        }
        if (job.status() == ImportJob.Status.RUNNING && !runningHere.contains(jobId)
                && job.updatedAt().isBefore(clock.instant().minus(STALE_AFTER))) {
            return withStatus(job, ImportJob.Status.INTERRUPTED);
        }
        return job;
    }

    private void run(Caller caller, ImportJob job, List<Row> rows) {
        int created = 0;
        int unchanged = 0;
        int rejected = 0;
        List<ImportJob.RowRejection> rejections = new ArrayList<>();
        try {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Optional<String> refusal;
                try {
                    RegisterEmployee.Outcome outcome = register.register(caller, command(job.agencyId(), row));
                    if (outcome.created()) {
                        created++;
                    } else {
                        unchanged++;
                    }
                    refusal = Optional.empty();
                } catch (Refusal problem) {
                    refusal = Optional.of(problem.code() + ": " + problem.getMessage());
                } catch (IllegalArgumentException invalid) {
                    refusal = Optional.of("invalid-value: " + invalid.getMessage());
                }
                if (refusal.isPresent()) {
                    rejected++;
                    if (rejections.size() < ImportJob.LISTED_REJECTIONS) {
                        rejections.add(new ImportJob.RowRejection(row.line(), row.value("nip"), refusal.get()));
                    }
                }
                if ((i + 1) % SAVE_EVERY == 0) {
                    jobs.save(progress(job, i + 1, created, unchanged, rejected, rejections, ImportJob.Status.RUNNING));
                }
            }
            jobs.save(progress(job, rows.size(), created, unchanged, rejected, rejections, ImportJob.Status.DONE));
        } finally {
            runningHere.remove(job.jobId());
        }
    }

    private RegisterEmployee.Command command(String agencyId, Row row) {
        String unitId = require(row, "unitId");
        Unit unit = registry.findUnit(unitId).orElseThrow(() -> Refusal.invalid("unknown-unit",
                "Unit '" + unitId + "' is not registered."));
        if (!unit.agencyId().equals(agencyId)) {
            throw Refusal.notAllowed("not-your-agency", "Unit '" + unitId + "' belongs to agency '"
                    + unit.agencyId() + "', not '" + agencyId + "'.");
        }
        String jf = row.value("jfLevel");
        String head = row.value("headOfUnit");
        if (head != null && !Set.of("true", "false", "ya", "tidak").contains(head.toLowerCase())) {
            throw new IllegalArgumentException("headOfUnit must be true or false, got '" + head + "'");
        }
        return new RegisterEmployee.Command(require(row, "nip"), require(row, "name"), unitId,
                AsnType.valueOf(require(row, "asnType").toUpperCase()),
                PositionType.valueOf(require(row, "positionType").toUpperCase()),
                jf == null ? null : JfLevel.valueOf(jf.toUpperCase()), row.value("rank"),
                head != null && Set.of("true", "ya").contains(head.toLowerCase()), row.value("penilaiId"),
                date(row.value("effectiveFrom")));
    }

    private static java.time.LocalDate date(String value) {
        try {
            return value == null ? null : java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("effectiveFrom must be a date such as 2026-01-02, got '" + value + "'");
        }
    }

    private static String require(Row row, String column) {
        String value = row.value(column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value;
    }

    private ImportJob progress(ImportJob job, int processed, int created, int unchanged, int rejected,
            List<ImportJob.RowRejection> rejections, ImportJob.Status status) {
        return new ImportJob(job.jobId(), job.agencyId(), status, job.total(), processed, created, unchanged,
                rejected, rejections, job.startedAt(), clock.instant(),
                status == ImportJob.Status.DONE ? clock.instant() : null);
    }

    private static ImportJob withStatus(ImportJob job, ImportJob.Status status) {
        return new ImportJob(job.jobId(), job.agencyId(), status, job.total(), job.processed(), job.created(),
                job.unchanged(), job.rejected(), job.rejections(), job.startedAt(), job.updatedAt(),
                job.finishedAt());
    }

    static String jobId(String agencyId, byte[] file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(agencyId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return "imp-" + HexFormat.of().formatHex(sha.digest(file)).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
