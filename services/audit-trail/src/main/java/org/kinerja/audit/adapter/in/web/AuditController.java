package org.kinerja.audit.adapter.in.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.kinerja.audit.application.AuditQuery;
import org.kinerja.audit.application.AuditTrailStore;
import org.kinerja.contracts.events.AuditDigestSigned;
import org.kinerja.contracts.events.AuditEntryRecorded;
import org.kinerja.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The region's audit trail: its entries (filtered, paged by sequence) and its signed digests. */
@Tag(name = "Audit trail", description = "Every decision of the region, hash-chained, with signed daily digests")
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /** A page of entries, and the sequence to ask after for the next page (null on the last page). */
    record EntryPage(List<AuditEntryRecorded> entries, Long nextAfter) {
    }

    private final AuditTrailStore store;

    AuditController(AuditTrailStore store) {
        this.store = store;
    }

    @Operation(summary = "List the trail's entries, oldest first",
            description = "The administrator and the inspectorate read every entry; an employee the decisions about "
                    + "themselves. Filters combine; page on with after=<nextAfter>.")
    @GetMapping("/entries")
    EntryPage entries(Caller caller,
            @Parameter(description = "decisions about this employee (NIP)") @RequestParam(required = false)
            @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be an employee id") String employeeId,
            @Parameter(description = "decisions in this agency") @RequestParam(required = false)
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be an agency id") String agencyId,
            @Parameter(description = "a kind (evaluation.locked) or a family of kinds (evaluation)")
            @RequestParam(required = false)
            @Pattern(regexp = "[a-z0-9-]+(\\.[a-z0-9-]+)*", message = "must be a kind such as skp.approved or skp")
            String kind,
            @Parameter(description = "decided at or after (ISO-8601 instant)") @RequestParam(required = false)
            Instant from,
            @Parameter(description = "decided before (ISO-8601 instant)") @RequestParam(required = false) Instant to,
            @Parameter(description = "entries after this sequence") @RequestParam(defaultValue = "0") @Min(0)
            long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit) {
        String employee = AuditAccess.readableEmployee(caller, employeeId);
        List<AuditEntryRecorded> page = store.find(new AuditQuery(employee, agencyId, kind, from, to, after, limit));
        Long next = page.size() < limit ? null : page.get(page.size() - 1).sequence();
        return new EntryPage(page, next);
    }

    @Operation(summary = "List the trail's signed digests, oldest first")
    @GetMapping("/digests")
    List<AuditDigestSigned> digests(Caller caller) {
        AuditAccess.requireInspector(caller);
        return store.digestsInOrder();
    }
}
