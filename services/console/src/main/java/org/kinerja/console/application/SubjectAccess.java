package org.kinerja.console.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subject-access export of UU PDP 27/2022 (the data subject's right of access, Pasal 7): everything the platform
 * holds about one employee (the registry's record carries the
 * employee's assignment history), read at once from each service that keeps it (the registry, planning, reporting, scoring,
 * rewards and the audit trail) with the asking user's token, as one document. The employee asks for their own; the
 * administrator produces anyone's on request (the data-subject procedure of docs/data-protection.md). No one else
 * may ask, whatever else they may read: a penilai reads their staff's figures for the appraisal, not their file.
 *
 * <p>Each kind is what its service answers, every field kept (read as plain maps and lists, not the pages' views,
 * which drop what a page does not show).
 */
public final class SubjectAccess {

    /** The export's format, named in the document so a reader knows which kinds to expect. */
    public static final String FORMAT = "kinerja.subject-access.v1";

    /** The audit trail's largest page; an employee's entries are read page by page. */
    private static final int AUDIT_PAGE = 500;

    /**
     * One kind of data about the employee.
     *
     * @param key its name in the JSON document
     * @param title its heading in the PDF
     * @param keeper the service that keeps it
     */
    public record Kind(String key, String title, String keeper) {
    }

    /** The kinds, in the order printed. */
    public static final List<Kind> KINDS = List.of(
            new Kind("employee", "Data kepegawaian dan riwayat jabatan (employee record and history)",
                    "employee-registry"),
            new Kind("skps", "Sasaran Kinerja Pegawai (SKP)", "target-planning"),
            new Kind("reports", "Laporan kegiatan (activity reports)", "activity-reporting"),
            new Kind("realisations", "Realisasi (realisations)", "activity-reporting"),
            new Kind("feedback", "Umpan balik (feedback)", "activity-reporting"),
            new Kind("evaluations", "Evaluasi kinerja per periode (evaluations)", "activity-reporting"),
            new Kind("objections", "Keberatan (objections)", "activity-reporting"),
            new Kind("scores", "Capaian dan predikat (scores)", "scoring"),
            new Kind("tpp", "Tambahan Penghasilan Pegawai (TPP)", "rewards"),
            new Kind("angkaKredit", "Angka kredit", "rewards"),
            new Kind("rewards", "Penghargaan (rewards)", "rewards"),
            new Kind("coaching", "Pembinaan (coaching cases)", "rewards"),
            new Kind("followUps", "Tindak lanjut (follow-ups)", "rewards"),
            new Kind("auditEntries", "Jejak audit keputusan tentang Anda (audit trail)", "audit-trail"));

    /**
     * The export.
     *
     * @param format {@link #FORMAT}
     * @param employeeId whose data it is (their NIP)
     * @param name their name, as the registry holds it
     * @param generatedAt when it was read
     * @param requestedBy who asked (the employee, or the administrator on their request)
     * @param data each kind's data by its key, every kind present (an empty list where there is none)
     */
    public record Export(String format, String employeeId, String name, Instant generatedAt, String requestedBy,
            Map<String, Object> data) {

        public Export {
            data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
        }
    }

    private final Platform platform;
    private final ParallelReads reads;
    private final Clock clock;

    public SubjectAccess(Platform platform, ParallelReads reads, Clock clock) {
        this.platform = platform;
        this.reads = reads;
        this.clock = clock;
    }

    /** Everything about {@code nip}, for the employee themselves or the administrator; a refusal for anyone else. */
    public Export of(SignedInUser user, String nip) {
        boolean own = user.isEmployee() && user.subject().equals(nip);
        if (!own && !user.has("ADMIN")) {
            throw new PlatformRefusal(403, "subject-access-own-data-only", null, "An employee downloads their own "
                    + "data; the administrator produces an employee's on their request.", List.of());
        }
        String employee = "/api/registry/employees/" + nip;
        String reporting = "/api/reporting/employees/" + nip;
        String rewards = "/api/rewards/employees/" + nip;
        Map<String, ParallelReads.Read<Object>> started = new LinkedHashMap<>();
        started.put("employee", reads.start(() -> platform.find(user, employee, Object.class).orElseThrow(
                () -> new PlatformRefusal(404, "employee-not-found", null, "No employee with NIP " + nip, List.of()))));
        started.put("skps", list(user, "/api/planning/employees/" + nip + "/plans"));
        started.put("reports", list(user, reporting + "/activities"));
        started.put("realisations", list(user, reporting + "/realisations"));
        started.put("feedback", list(user, reporting + "/feedback"));
        started.put("evaluations", list(user, reporting + "/periods"));
        started.put("scores", list(user, "/api/scoring/employees/" + nip + "/scores"));
        started.put("tpp", list(user, rewards + "/tpp"));
        started.put("angkaKredit", list(user, rewards + "/angka-kredit"));
        started.put("rewards", list(user, rewards + "/rewards"));
        started.put("coaching", list(user, rewards + "/coaching-cases"));
        started.put("followUps", list(user, rewards + "/follow-ups"));
        started.put("auditEntries", reads.start(() -> auditEntries(user, nip)));
        Map<String, Object> data = new LinkedHashMap<>();
        started.forEach((key, read) -> data.put(key, read.get()));
        data.put("objections", objections(user, reporting, (List<?>) data.get("evaluations")));
        Map<String, Object> ordered = new LinkedHashMap<>();
        KINDS.forEach(kind -> ordered.put(kind.key(), data.get(kind.key())));
        Object name = ((Map<?, ?>) data.get("employee")).get("name");
        return new Export(FORMAT, nip, name == null ? null : name.toString(), clock.instant(), user.subject(),
                ordered);
    }

    private ParallelReads.Read<Object> list(SignedInUser user, String path) {
        return reads.start(() -> platform.list(user, path, Object.class));
    }

    /** The objection of each period acted on (an objection is about a period's evaluation). */
    private List<Object> objections(SignedInUser user, String reporting, List<?> evaluations) {
        List<ParallelReads.Read<Optional<Object>>> each = evaluations.stream()
                .map(period -> String.valueOf(((Map<?, ?>) period).get("period")))
                .map(period -> reads.start(() -> platform.find(user, reporting + "/periods/" + period + "/objection",
                        Object.class)))
                .toList();
        return each.stream().map(ParallelReads.Read::get).flatMap(Optional::stream).toList();
    }

    /** Every entry of the trail about the employee, oldest first, page by page. */
    private List<Object> auditEntries(SignedInUser user, String nip) {
        List<Object> entries = new ArrayList<>();
        Object after = 0;
        while (after != null) {
            Map<?, ?> page = platform.find(user, "/api/audit/entries?employeeId=" + nip + "&limit=" + AUDIT_PAGE
                    + "&after=" + after, Map.class).orElse(Map.of());
            Object found = page.get("entries");
            if (found instanceof List<?> list) {
                entries.addAll(list);
            }
            after = page.get("nextAfter");
        }
        return entries;
    }
}
