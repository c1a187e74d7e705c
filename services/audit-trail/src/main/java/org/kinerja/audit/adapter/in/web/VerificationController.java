package org.kinerja.audit.adapter.in.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinerja.audit.application.VerifyAuditTrail;
import org.kinerja.audit.domain.ChainVerifier.Verification;
import org.kinerja.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Walks the stored chain and digests now, and says whether they are intact or where they first break. */
@Tag(name = "Audit verification", description = "The trail's hash chain and signed digests, checked end to end")
@RestController
@RequestMapping("/api/audit")
class VerificationController {

    /**
     * The walk's result.
     *
     * @param firstBreak where the chain first breaks and why; null when intact
     */
    record VerificationResult(boolean intact, long entries, long digests, long lastSequence, long unsigned,
            Map<String, String> firstBreak) {

        static VerificationResult of(Verification verification) {
            return new VerificationResult(verification.intact(), verification.entries(), verification.digests(),
                    verification.lastSequence(), verification.unsigned(), verification.firstBreak()
                            .map(b -> Map.of("at", b.at(), "problem", b.problem())).orElse(null));
        }
    }

    private final VerifyAuditTrail verify;

    VerificationController(VerifyAuditTrail verify) {
        this.verify = verify;
    }

    @Operation(summary = "Verify the stored trail and its digests",
            description = "Recomputes every entry's hash and link and checks every digest's signature and range; "
                    + "answers where the chain first breaks. The topics themselves are checked by `kinerja-audit "
                    + "verify`.")
    @GetMapping("/verification")
    VerificationResult verify(Caller caller) {
        AuditAccess.requireInspector(caller);
        return VerificationResult.of(verify.verifyStored());
    }
}
