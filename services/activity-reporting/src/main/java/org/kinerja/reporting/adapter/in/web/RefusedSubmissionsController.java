package org.kinerja.reporting.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.application.RefusedSubmissions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What an agency's system sent over Kafka and the platform refused, newest first, with the reasons. */
@Tag(name = "Daily activities")
@RestController
class RefusedSubmissionsController {

    private final RefusedSubmissions refused;

    RefusedSubmissionsController(RefusedSubmissions refused) {
        this.refused = refused;
    }

    /** At most {@code limit} (default 50, at most 200) of the agency's refused records, newest first. */
    @Operation(summary = "List an agency's refused Kafka submissions with the reason")
    @GetMapping("/api/reporting/agencies/{agencyId}/refused-submissions")
    List<RefusedSubmissions.Refusal> ofAgency(Caller caller, @PathVariable String agencyId,
            @RequestParam(defaultValue = "50") int limit) {
        return refused.ofAgency(caller, agencyId, limit);
    }
}
