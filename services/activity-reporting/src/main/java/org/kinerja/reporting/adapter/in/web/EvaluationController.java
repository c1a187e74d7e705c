package org.kinerja.reporting.adapter.in.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.application.EvaluationStore;
import org.kinerja.reporting.application.ManageEvaluation;
import org.kinerja.reporting.application.ManageObjection;
import org.kinerja.reporting.domain.EvaluationPeriod;
import org.kinerja.reporting.domain.FeedbackRules;
import org.kinerja.reporting.domain.Objection;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An employee's evaluation periods (self-assessment, ratings, finalisation, lock, reopen) and feedback. */
@Tag(name = "Evaluations", description = "Periods' evaluation: feedback, self-assessment, ratings, finalisation, lock, objections (keberatan)")
@RestController
@RequestMapping("/api/reporting/employees/{employeeId}")
class EvaluationController {

    record SelfAssessment(@NotBlank @Size(max = 4000) String text) {
    }

    /** The two ratings; the numeric Perilaku value and the innovation only where the region uses PP 30/2019. */
    record Ratings(@NotNull EvaluationPeriod.Rating hasilKerja, @NotNull EvaluationPeriod.Rating perilakuKerja,
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("120")
            java.math.BigDecimal perilakuValue, @Size(max = 1000) String innovation) {
    }

    record Reopening(@NotBlank @Size(max = 1000) String reason) {
    }

    record Feedback(
            @NotBlank @Pattern(regexp = "\\d{4}(-((0[1-9]|1[0-2])|Q[1-4]))?",
                    message = "{kinerja.period}") String period,
            @NotNull FeedbackRules.Kind kind,
            @Size(max = 64) String rhkId,
            FeedbackRules.Behaviour behaviour,
            @NotBlank @Size(max = 4000) String text,
            @Min(0) @Max(100) Integer score) {
    }

    record ObjectionFiling(@NotBlank @Size(max = 4000) String reason) {
    }

    record ObjectionAnswer(@NotBlank @Size(max = 4000) String answer) {
    }

    /** The decision; where the region lets the atasan penilai rate an upheld objection, their two ratings. */
    record ObjectionDecision(@NotNull Objection.Decision decision, @NotBlank @Size(max = 4000) String note,
            EvaluationPeriod.Rating hasilKerja, EvaluationPeriod.Rating perilakuKerja) {
    }

    private final ManageEvaluation evaluation;
    private final ManageObjection objections;

    EvaluationController(ManageEvaluation evaluation, ManageObjection objections) {
        this.evaluation = evaluation;
        this.objections = objections;
    }

    /** The employee files a keberatan against their finalised annual evaluation. */
    @Operation(summary = "File an objection (keberatan) to a period's rating")
    @PostMapping("/periods/{period}/objection")
    @ResponseStatus(HttpStatus.CREATED)
    Objection fileObjection(Caller caller, @PathVariable String employeeId, @PathVariable String period,
            @Valid @RequestBody ObjectionFiling body) {
        return objections.file(caller, employeeId, period, body.reason());
    }

    @Operation(summary = "Read a period's objection")
    @GetMapping("/periods/{period}/objection")
    Objection objection(Caller caller, @PathVariable String employeeId, @PathVariable String period) {
        return objections.find(caller, employeeId, period);
    }

    @Operation(summary = "Answer an objection (the penilai)")
    @PostMapping("/periods/{period}/objection/answer")
    Objection answerObjection(Caller caller, @PathVariable String employeeId, @PathVariable String period,
            @Valid @RequestBody ObjectionAnswer body) {
        return objections.answer(caller, employeeId, period, body.answer());
    }

    @Operation(summary = "Decide an objection (the atasan penilai)")
    @PostMapping("/periods/{period}/objection/decision")
    Objection decideObjection(Caller caller, @PathVariable String employeeId, @PathVariable String period,
            @Valid @RequestBody ObjectionDecision body) {
        return objections.decide(caller, employeeId, period, body.decision(), body.note(), body.hasilKerja(),
                body.perilakuKerja());
    }

    /** The periods acted on so far (self-assessed, rated, finalised...), by period; any other is OPEN. */
    @Operation(summary = "List an employee's evaluation periods")
    @GetMapping("/periods")
    List<EvaluationPeriod> periods(Caller caller, @PathVariable String employeeId) {
        return evaluation.periods(caller, employeeId);
    }

    @Operation(summary = "Read an employee's evaluation period")
    @GetMapping("/periods/{period}")
    EvaluationPeriod period(Caller caller, @PathVariable String employeeId, @PathVariable String period) {
        return evaluation.find(caller, employeeId, period);
    }

    @Operation(summary = "Record the employee's self-assessment for a period")
    @PostMapping("/periods/{period}/self-assessment")
    EvaluationPeriod selfAssess(Caller caller, @PathVariable String employeeId, @PathVariable String period,
            @Valid @RequestBody SelfAssessment body) {
        return evaluation.selfAssess(caller, employeeId, period, body.text());
    }

    @Operation(summary = "Rate a period (Hasil Kerja and Perilaku Kerja)")
    @PostMapping("/periods/{period}/rating")
    EvaluationPeriod rate(Caller caller, @PathVariable String employeeId, @PathVariable String period,
            @Valid @RequestBody Ratings body) {
        return evaluation.rate(caller, employeeId, period, body.hasilKerja(), body.perilakuKerja(),
                body.perilakuValue(), body.innovation());
    }

    @Operation(summary = "Finalise a period's evaluation")
    @PostMapping("/periods/{period}/finalise")
    EvaluationPeriod finalise(Caller caller, @PathVariable String employeeId, @PathVariable String period) {
        return evaluation.finalise(caller, employeeId, period);
    }

    @Operation(summary = "Lock a finalised period")
    @PostMapping("/periods/{period}/lock")
    EvaluationPeriod lock(Caller caller, @PathVariable String employeeId, @PathVariable String period) {
        return evaluation.lock(caller, employeeId, period);
    }

    @Operation(summary = "Reopen a locked period with a reason")
    @PostMapping("/periods/{period}/reopen")
    EvaluationPeriod reopen(Caller caller, @PathVariable String employeeId, @PathVariable String period,
            @Valid @RequestBody Reopening body) {
        return evaluation.reopen(caller, employeeId, period, body.reason());
    }

    @Operation(summary = "Give feedback to an employee (with a BerAKHLAK score)")
    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationStore.Feedback giveFeedback(Caller caller, @PathVariable String employeeId,
            @Valid @RequestBody Feedback body) {
        return evaluation.giveFeedback(caller, employeeId, body.period(), body.kind(), body.rhkId(),
                body.behaviour(), body.text(), body.score());
    }

    @Operation(summary = "List the feedback an employee received", description = "Of one period, or of every "
            + "period when none is given.")
    @GetMapping("/feedback")
    List<EvaluationStore.Feedback> feedback(Caller caller, @PathVariable String employeeId,
            @RequestParam(required = false) String period) {
        return evaluation.feedback(caller, employeeId, period);
    }
}
