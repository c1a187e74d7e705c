package org.kinerja.rewards.adapter.in.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.PolicyBook;
import org.kinerja.rewards.application.TppLedger;
import org.kinerja.rewards.domain.RewardsPolicy;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region's follow-up policies: published by the administrator (validated; a refused draft changes nothing), read
 * by anyone of the region; and the audited recomputation of a past period under the policy in force for it now.
 */
@Tag(name = "Policies", description = "The region's follow-up policy as versioned data (TPP, rewards, pembinaan)")
@RestController
@RequestMapping("/api/rewards")
class PolicyController {

    /** A policy draft: everything but the region and the version, which the platform assigns. */
    record PolicyDraft(@NotNull LocalDate effectiveFrom, @Size(max = 1000) String note, RewardsPolicy.Tpp tpp,
            RewardsPolicy.AngkaKredit angkaKredit, RewardsPolicy.Rewards rewards, RewardsPolicy.Pembinaan pembinaan,
            RewardsPolicy.Training training, RewardsPolicy.Calendar calendar) {
    }

    record Recomputation(@NotBlank @Size(max = 1000) String reason) {
    }

    record Recomputed(String period, long policyVersion, int resultsRecomputed) {
    }

    private final PolicyBook policies;
    private final TppLedger ledger;
    private final Clock clock;

    PolicyController(PolicyBook policies, TppLedger ledger, Clock clock) {
        this.policies = policies;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "Publish a new version of the region's policy")
    @PostMapping("/policies")
    @ResponseStatus(HttpStatus.CREATED)
    RewardsPolicy publish(Caller caller, @Valid @RequestBody PolicyDraft draft) {
        return policies.publish(caller, new RewardsPolicy(null, 0, draft.effectiveFrom(), draft.note(), draft.tpp(),
                draft.angkaKredit(), draft.rewards(), draft.pembinaan(), draft.training(), draft.calendar()));
    }

    /** Every version, oldest first. */
    @Operation(summary = "List every published policy version")
    @GetMapping("/policies")
    List<RewardsPolicy> all() {
        return policies.all();
    }

    /** The version in force on a day (today when not given). */
    @Operation(summary = "Read the policy in force")
    @GetMapping("/policies/in-force")
    RewardsPolicy inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on) {
        return policies.inForce(on == null ? LocalDate.now(clock) : on);
    }

    /** Recomputes a past period's results under the policy in force for it now; audited, with the reason. */
    @Operation(summary = "Recompute a period's follow-up under the policy pinned to it")
    @PostMapping("/periods/{period}/recomputation")
    Recomputed recompute(Caller caller, @PathVariable String period, @Valid @RequestBody Recomputation body) {
        RewardsPolicy policy = policies.repin(caller, period, body.reason());
        return new Recomputed(period, policy.version(), ledger.recompute(period));
    }
}
