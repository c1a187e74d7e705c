package org.kinerja.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.reporting.application.ActivityView;
import org.kinerja.reporting.application.CorrectActivity;
import org.kinerja.reporting.application.ReportReadAccess;
import org.kinerja.reporting.application.ReportedActivity;
import org.kinerja.reporting.application.ReportingDirectory;
import org.kinerja.reporting.application.SubmitActivity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Daily activity reports (progress harian). */
@Tag(name = "Daily activities", description = "Daily activity reports (progress harian) against SKP indicators")
@RestController
@RequestMapping("/api/reporting")
class ActivityController {

    record ReportRequest(
            @NotBlank @Pattern(regexp = "\\d{18}", message = "{kinerja.nip}") String employeeId,
            @NotBlank @Size(max = 64) String agencyId,
            @NotBlank @Size(max = 64) String indicatorId,
            @Pattern(regexp = "DAILY|FIELD", message = "{kinerja.report-type}") String reportType,
            @NotNull LocalDate activityDate,
            @Schema(type = "string", example = "08:00") LocalTime startTime,
            @Schema(type = "string", example = "12:00") LocalTime endTime,
            @Valid Location location,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4)
            BigDecimal quantity,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{kinerja.link}")
            String evidenceUrl) {
    }

    record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Size(max = 300) String description) {
    }

    /** A month of reports in one call; each may carry its own idempotency key. */
    record Batch(@NotEmpty @Size(max = 2000) List<@Valid @NotNull BatchItem> reports) {
    }

    record BatchItem(@Valid @NotNull ReportRequest report, @Size(max = 200) String idempotencyKey) {
    }

    record BatchResult(int accepted, int refused, List<SubmitActivity.ItemResult> results) {
    }

    /** The answer to an accepted report: Kafka has it; the view will show it shortly. */
    record Accepted(String reportId, String status) {
    }

    record Correction(
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4)
            BigDecimal quantity,
            @Size(max = 2000) String description,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{kinerja.link}")
            String evidenceUrl,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record Retraction(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The answer to a correction or retraction: Kafka has it as the given revision of the report. */
    record Revised(String reportId, int revision, String status) {
    }

    private final SubmitActivity submit;
    private final CorrectActivity correct;
    private final ActivityView view;
    private final ReportReadAccess access;

    ActivityController(SubmitActivity submit, CorrectActivity correct, ActivityView view,
            ReportingDirectory directory) {
        this.submit = submit;
        this.correct = correct;
        this.view = view;
        this.access = new ReportReadAccess(directory);
    }

    @Operation(summary = "Report one daily activity (idempotent with Idempotency-Key)")
    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted report(Caller caller, @Valid @RequestBody ReportRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        ActivityReported report = submit.submit(caller, command(request, idempotencyKey));
        return new Accepted(report.reportId(), "ACCEPTED");
    }

    /**
     * Bulk submission (up to 2000 reports, e.g. a month): 200 with the outcome of each report, accepted ones already
     * in Kafka. Items with an idempotency key that were accepted before answer ALREADY_ACCEPTED.
     */
    @Operation(summary = "Report many daily activities in one call, each accepted or refused on its own")
    @PostMapping("/activities/batch")
    BatchResult reportAll(Caller caller, @Valid @RequestBody Batch batch) {
        List<SubmitActivity.ItemResult> results = submit.submitAll(caller, batch.reports().stream()
                .map(item -> command(item.report(), item.idempotencyKey())).toList());
        int refused = (int) results.stream().filter(r -> r.status().equals("REFUSED")).count();
        return new BatchResult(results.size() - refused, refused, results);
    }

    private static SubmitActivity.Command command(ReportRequest r, String idempotencyKey) {
        ActivityReported.Location location = r.location() == null ? null : new ActivityReported.Location(
                r.location().latitude(), r.location().longitude(), r.location().description());
        return new SubmitActivity.Command(r.employeeId(), r.agencyId(), r.indicatorId(), r.reportType(),
                r.activityDate(), r.startTime(), r.endTime(), location, r.quantity(), r.description(),
                r.evidenceUrl(), idempotencyKey);
    }

    /** Corrects an accepted report (same indicator and day); 202 once Kafka has the correction. */
    @Operation(summary = "Correct an accepted activity report")
    @PostMapping("/activities/{reportId}/correction")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Revised correct(Caller caller, @PathVariable String reportId, @Valid @RequestBody Correction body) {
        return new Revised(reportId, correct.correct(caller, reportId, body.quantity(), body.description(),
                body.evidenceUrl(), body.reason()).revision(), "CORRECTED");
    }

    /** Withdraws an accepted report; it no longer counts anywhere. 202 once Kafka has the retraction. */
    @Operation(summary = "Retract an accepted activity report")
    @PostMapping("/activities/{reportId}/retraction")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Revised retract(Caller caller, @PathVariable String reportId, @Valid @RequestBody Retraction body) {
        return new Revised(reportId, correct.retract(caller, reportId, body.reason()).revision(), "RETRACTED");
    }

    @Operation(summary = "Read an activity report")
    @GetMapping("/activities/{reportId}")
    ReportedActivity activity(Caller caller, @PathVariable String reportId) {
        ReportedActivity activity = view.find(reportId).orElseThrow(() -> Refusal.notFound("report-not-found",
                "No accepted report '" + reportId + "' (a report just accepted appears within moments)."));
        access.requirePersonal(caller, activity.report().employeeId());
        return activity;
    }

    @Operation(summary = "List an employee's activity reports")
    @GetMapping("/employees/{employeeId}/activities")
    List<ReportedActivity> ofEmployee(Caller caller, @PathVariable String employeeId) {
        access.requirePersonal(caller, employeeId);
        return view.ofEmployee(employeeId);
    }
}
