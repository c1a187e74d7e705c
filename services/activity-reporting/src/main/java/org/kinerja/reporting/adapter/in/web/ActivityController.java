package org.kinerja.reporting.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kinerja.contracts.events.ActivityReported;
import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.reporting.application.ActivityView;
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
@RestController
@RequestMapping("/api/reporting")
class ActivityController {

    record ReportRequest(
            @NotBlank @Pattern(regexp = "\\d{18}", message = "must be the 18-digit NIP") String employeeId,
            @NotBlank @Size(max = 64) String agencyId,
            @NotBlank @Size(max = 64) String indicatorId,
            @NotNull LocalDate activityDate,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 4)
            BigDecimal quantity,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
            String evidenceUrl) {
    }

    /** The answer to an accepted report: Kafka has it; the view will show it shortly. */
    record Accepted(String reportId, String status) {
    }

    private final SubmitActivity submit;
    private final ActivityView view;

    ActivityController(SubmitActivity submit, ActivityView view) {
        this.submit = submit;
        this.view = view;
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted report(Caller caller, @Valid @RequestBody ReportRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String idempotencyKey) {
        ActivityReported report = submit.submit(caller, new SubmitActivity.Command(request.employeeId(),
                request.agencyId(), request.indicatorId(), request.activityDate(), request.quantity(),
                request.description(), request.evidenceUrl()), idempotencyKey);
        return new Accepted(report.reportId(), "ACCEPTED");
    }

    @GetMapping("/activities/{reportId}")
    ActivityReported activity(Caller caller, @PathVariable String reportId) {
        ActivityReported report = view.find(reportId).orElseThrow(() -> ApiProblem.notFound("report-not-found",
                "No accepted report '" + reportId + "' (a report just accepted appears within moments)."));
        requireMayRead(caller, report.employeeId(), report.agencyId());
        return report;
    }

    @GetMapping("/employees/{employeeId}/activities")
    List<ActivityReported> ofEmployee(Caller caller, @PathVariable String employeeId) {
        List<ActivityReported> reports = view.ofEmployee(employeeId);
        reports.stream().findFirst().ifPresent(r -> requireMayRead(caller, employeeId, r.agencyId()));
        return reports;
    }

    private static void requireMayRead(Caller caller, String employeeId, String agencyId) {
        if (!caller.isEmployee(employeeId) && !caller.actsForAgency(agencyId)
                && !agencyId.equals(caller.agencyId())) {
            throw ApiProblem.forbidden("not-your-agency", "Reports of agency '" + agencyId
                    + "' are visible to that agency and the administrator.");
        }
    }
}
