package org.kinerja.rewards.adapter.in.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.rewards.application.ApplyFollowUpRules;
import org.kinerja.rewards.application.CoachingCases;
import org.kinerja.rewards.application.FollowUpRecords.Reward;
import org.kinerja.rewards.application.FollowUpRecords.TrainingNeed;
import org.kinerja.rewards.application.IssueCertificate;
import org.kinerja.rewards.application.RegionSummary;
import org.kinerja.rewards.domain.CoachingCase;
import org.kinerja.rewards.domain.UnitPattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rewards (with the certificate PDF), pembinaan cases (sessions, goals and the review by the penilai) and training
 * needs grouped per unit.
 */
@Tag(name = "Follow-up", description = "Rewards, distribution patterns, training needs and pembinaan cases")
@RestController
@RequestMapping("/api/rewards")
class FollowUpRulesController {

    record SessionBody(@NotNull LocalDate date, @NotBlank @Size(max = 4000) String notes) {
    }

    record GoalBody(@NotBlank @Size(max = 1000) String goal) {
    }

    record JustificationBody(@NotBlank @Size(max = 4000) String reason) {
    }

    record ReviewBody(@NotBlank @Size(max = 4000) String note) {
    }

    /** A unit's employees with one training topic, for planning a course. */
    record TopicGroup(String topic, List<TrainingNeed> needs) {
    }

    private final ApplyFollowUpRules rules;
    private final CoachingCases coaching;
    private final IssueCertificate certificates;
    private final RegionSummary summary;

    FollowUpRulesController(ApplyFollowUpRules rules, CoachingCases coaching, IssueCertificate certificates,
            RegionSummary summary) {
        this.coaching = coaching;
        this.rules = rules;
        this.certificates = certificates;
        this.summary = summary;
    }

    /** The region's follow-up of a period: rewards, training needs, coaching cases, and a month's TPP total. */
    @Operation(summary = "Read the region's follow-up summary for a period")
    @GetMapping("/region/summary/{period}")
    RegionSummary.Summary regionSummary(Caller caller, @PathVariable String period) {
        return summary.of(caller, period);
    }

    @Operation(summary = "List an employee's rewards")
    @GetMapping("/employees/{employeeId}/rewards")
    List<Reward> rewardsOf(Caller caller, @PathVariable String employeeId) {
        return rules.rewardsOfEmployee(caller, employeeId);
    }

    @Operation(summary = "Read a reward with its reasons")
    @GetMapping("/rewards/{rewardId}")
    Reward reward(Caller caller, @PathVariable String rewardId) {
        return rules.reward(caller, rewardId);
    }

    /** The piagam penghargaan of a granted certificate, as a PDF. */
    @Operation(summary = "Download a reward's certificate (piagam) as PDF")
    @GetMapping("/rewards/{rewardId}/certificate.pdf")
    ResponseEntity<byte[]> certificate(Caller caller, @PathVariable String rewardId) {
        byte[] pdf = certificates.certificate(caller, rewardId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("piagam-" + rewardId.replace(':', '-') + ".pdf").build().toString())
                .body(pdf);
    }

    @Operation(summary = "List a unit's rewards for a period")
    @GetMapping("/units/{unitId}/rewards/{period}")
    List<Reward> rewardsOfUnit(Caller caller, @PathVariable String unitId, @PathVariable String period) {
        return rules.rewardsOfUnit(caller, unitId, period);
    }

    /** Whether the unit kept its distribution pattern in the period (the evidence its rewards stand on). */
    @Operation(summary = "Read a unit's distribution pattern check for a period")
    @GetMapping("/units/{unitId}/distribution-pattern/{period}")
    UnitPattern pattern(Caller caller, @PathVariable String unitId, @PathVariable String period) {
        return rules.pattern(caller, unitId, period);
    }

    @Operation(summary = "Justify a unit's deviation from the distribution pattern")
    @PutMapping("/units/{unitId}/distribution-pattern/{period}/justification")
    UnitPattern justify(Caller caller, @PathVariable String unitId, @PathVariable String period,
            @Valid @RequestBody JustificationBody body) {
        return rules.justifyDeviation(caller, unitId, period, body.reason());
    }

    @Operation(summary = "List a unit's training needs for a period")
    @GetMapping("/units/{unitId}/training-needs/{period}")
    List<TopicGroup> trainingNeeds(Caller caller, @PathVariable String unitId, @PathVariable String period) {
        Map<String, List<TrainingNeed>> byTopic = new LinkedHashMap<>();
        rules.trainingNeedsOfUnit(caller, unitId, period).stream().filter(n -> "OPEN".equals(n.status()))
                .forEach(n -> byTopic.computeIfAbsent(n.topic(), t -> new java.util.ArrayList<>()).add(n));
        return byTopic.entrySet().stream().map(e -> new TopicGroup(e.getKey(), e.getValue())).toList();
    }

    @Operation(summary = "List an employee's pembinaan cases")
    @GetMapping("/employees/{employeeId}/coaching-cases")
    List<CoachingCase> casesOf(Caller caller, @PathVariable String employeeId) {
        return coaching.casesOfEmployee(caller, employeeId);
    }

    /** The cases of the staff a pejabat penilai evaluates (the work list's coaching). */
    @Operation(summary = "List the pembinaan cases a penilai leads")
    @GetMapping("/penilai/{penilaiId}/coaching-cases")
    List<CoachingCase> casesOfPenilai(Caller caller, @PathVariable String penilaiId) {
        return coaching.casesOfPenilai(caller, penilaiId);
    }

    @Operation(summary = "List an agency's pembinaan cases")
    @GetMapping("/agencies/{agencyId}/coaching-cases")
    List<CoachingCase> casesOfAgency(Caller caller, @PathVariable String agencyId) {
        return coaching.casesOfAgency(caller, agencyId);
    }

    @Operation(summary = "Read a pembinaan case")
    @GetMapping("/coaching-cases/{caseId}")
    CoachingCase coachingCase(Caller caller, @PathVariable String caseId) {
        return coaching.coachingCase(caller, caseId).orElseThrow(() -> Refusal.notFound("coaching-case-not-found",
                "No coaching case " + caseId + "."));
    }

    @Operation(summary = "Record a pembinaan session")
    @PostMapping("/coaching-cases/{caseId}/sessions")
    CoachingCase session(Caller caller, @PathVariable String caseId, @Valid @RequestBody SessionBody body) {
        return coaching.recordSession(caller, caseId, body.date(), body.notes());
    }

    @Operation(summary = "Add a goal to a pembinaan case")
    @PostMapping("/coaching-cases/{caseId}/goals")
    CoachingCase goal(Caller caller, @PathVariable String caseId, @Valid @RequestBody GoalBody body) {
        return coaching.addGoal(caller, caseId, body.goal());
    }

    @Operation(summary = "Review a pembinaan case (improved or escalated)")
    @PostMapping("/coaching-cases/{caseId}/review")
    CoachingCase review(Caller caller, @PathVariable String caseId, @Valid @RequestBody ReviewBody body) {
        return coaching.review(caller, caseId, body.note());
    }
}
