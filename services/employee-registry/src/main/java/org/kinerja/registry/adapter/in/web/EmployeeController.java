package org.kinerja.registry.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.application.Appraisee;
import org.kinerja.registry.application.ImportEmployees;
import org.kinerja.registry.application.ImportJob;
import org.kinerja.registry.application.ManageEmployee;
import org.kinerja.registry.application.RegisterEmployee;
import org.kinerja.registry.domain.Assignment;
import org.kinerja.registry.domain.Employee;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Employees: registration (one, or thousands from a CSV file), changes, history. */
@Tag(name = "Employees", description = "ASN employees: registration, assignments over time, penilai, imports")
@RestController
@RequestMapping("/api/registry")
class EmployeeController {

    /** Largest onboarding file accepted. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final RegisterEmployee register;
    private final ManageEmployee manage;
    private final ImportEmployees imports;

    EmployeeController(RegisterEmployee register, ManageEmployee manage, ImportEmployees imports) {
        this.register = register;
        this.manage = manage;
        this.imports = imports;
    }

    /** 201 with the new employee; 200 with the existing one when it is already registered with the same data. */
    @Operation(summary = "Register an employee")
    @PostMapping("/employees")
    ResponseEntity<Employee> register(Caller caller, @Valid @RequestBody RegistryRequests.RegisterEmployee request) {
        RegisterEmployee.Outcome outcome = register.register(caller, new RegisterEmployee.Command(request.nip(),
                request.name(), request.unitId(), request.asnType(), request.positionType(), request.jfLevel(),
                request.rank(), Boolean.TRUE.equals(request.headOfUnit()), request.penilaiId(),
                request.effectiveFrom()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.employee());
    }

    /** The employee in full for their own agency and the region's readers; the staff directory's entry otherwise. */
    @Operation(summary = "Read an employee (a directory entry for callers outside their agency)")
    @GetMapping("/employees/{nip}")
    Object employee(Caller caller, @PathVariable String nip) {
        return manage.visibleTo(caller, nip);
    }

    /** Who the employee was on a day: unit, position, rank, penilai, status then. */
    @Operation(summary = "Read an employee's assignment on a given day")
    @GetMapping("/employees/{nip}/as-of/{day}")
    Assignment asOf(Caller caller, @PathVariable String nip,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return manage.inFull(caller, nip).asOf(day).orElseThrow(() -> Refusal.notFound("not-registered-then",
                "Employee " + nip + " was not registered on " + day + "."));
    }

    /** Whom the employee evaluates (their work list as pejabat penilai or atasan penilai). */
    @Operation(summary = "List the employees a penilai appraises")
    @GetMapping("/employees/{nip}/appraisees")
    List<Appraisee> appraisees(Caller caller, @PathVariable String nip) {
        return manage.appraiseesOf(caller, nip);
    }

    @Operation(summary = "Read an employee's assignment history")
    @GetMapping("/employees/{nip}/history")
    List<Assignment> history(Caller caller, @PathVariable String nip) {
        return manage.inFull(caller, nip).history();
    }

    @Operation(summary = "Change an employee's name or rank from a date")
    @PostMapping("/employees/{nip}/data")
    Employee update(Caller caller, @PathVariable String nip, @Valid @RequestBody RegistryRequests.UpdateData body) {
        return manage.update(caller, nip, body.name(), body.rank(), body.effectiveFrom());
    }

    @Operation(summary = "Transfer an employee to another unit from a date")
    @PostMapping("/employees/{nip}/transfer")
    Employee transfer(Caller caller, @PathVariable String nip, @Valid @RequestBody RegistryRequests.Transfer body) {
        return manage.transfer(caller, nip, body.unitId(), Boolean.TRUE.equals(body.headOfUnit()),
                body.effectiveFrom());
    }

    @Operation(summary = "Change an employee's position from a date")
    @PostMapping("/employees/{nip}/position")
    Employee position(Caller caller, @PathVariable String nip,
            @Valid @RequestBody RegistryRequests.ChangePosition body) {
        return manage.changePosition(caller, nip, body.positionType(), body.jfLevel(), body.rank(),
                body.effectiveFrom());
    }

    @Operation(summary = "Set an employee's pejabat penilai")
    @PostMapping("/employees/{nip}/penilai")
    Employee penilai(Caller caller, @PathVariable String nip,
            @Valid @RequestBody RegistryRequests.OverridePenilai body) {
        return manage.overridePenilai(caller, nip, body.penilaiId(), body.atasanPenilaiId(), body.effectiveFrom());
    }

    @Operation(summary = "Deactivate an employee from a date")
    @PostMapping("/employees/{nip}/deactivate")
    Employee deactivate(Caller caller, @PathVariable String nip, @RequestBody RegistryRequests.Deactivate body) {
        return manage.deactivate(caller, nip, body.effectiveFrom());
    }

    /**
     * Bulk onboarding: the body is the CSV file (text/csv). Answers 202 with the job to poll; the same file again
     * answers the same job and changes nothing.
     */
    @Operation(summary = "Import an agency's employees from a CSV file")
    @PostMapping(path = "/agencies/{agencyId}/employee-imports", consumes = {"text/csv", "text/plain",
            "application/octet-stream"})
    ResponseEntity<ImportJob> importEmployees(Caller caller, @PathVariable String agencyId, @RequestBody byte[] file) {
        if (file.length == 0) {
            throw Refusal.invalid("csv-empty", "The file is empty.");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw Refusal.tooLarge("csv-too-large", "A file is at most "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB; split it.");
        }
        ImportJob job = imports.start(caller, agencyId, file, EmployeeCsv.parse(file));
        return ResponseEntity.accepted().header("Location", "/api/registry/employee-imports/" + job.jobId()).body(job);
    }

    @Operation(summary = "Read an employee import's progress and refused rows")
    @GetMapping("/employee-imports/{jobId}")
    ImportJob importJob(Caller caller, @PathVariable String jobId) {
        return imports.find(caller, jobId);
    }
}
