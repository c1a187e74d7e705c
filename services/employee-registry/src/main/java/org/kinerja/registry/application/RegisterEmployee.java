package org.kinerja.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.kinerja.platform.refusal.Refusal;
import org.kinerja.platform.security.Caller;
import org.kinerja.registry.domain.AsnType;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.JfLevel;
import org.kinerja.registry.domain.Nip;
import org.kinerja.registry.domain.PenilaiResolution;
import org.kinerja.registry.domain.PositionType;
import org.kinerja.registry.domain.Unit;

/**
 * Registers an employee in a unit of the caller's agency and resolves their pejabat penilai. Registering the same
 * employee again with the same data changes nothing (a retried request, a re-uploaded file); with other data it is
 * refused, since changes have their own use cases.
 */
public class RegisterEmployee {

    /** What an agency says about a new employee. A NIK, if sent, is never part of it. */
    public record Command(String nip, String name, String unitId, AsnType asnType, PositionType positionType,
            JfLevel jfLevel, String rank, boolean headOfUnit, String penilaiId, LocalDate effectiveFrom) {
    }

    /** The employee, and whether this call created it. */
    public record Outcome(Employee employee, boolean created) {
    }

    private final RegistryStore store;
    private final RegistryEvents events;
    private final PenilaiReassessment penilai;
    private final Clock clock;

    public RegisterEmployee(RegistryStore store, PenilaiReassessment penilai, String region, Clock clock) {
        this.store = store;
        this.events = new RegistryEvents(region);
        this.penilai = penilai;
        this.clock = clock;
    }

    public Outcome register(Caller caller, Command command) {
        Nip.problem(command.nip()).ifPresent(problem -> {
            throw Refusal.invalid("invalid-nip", problem + " (got '" + command.nip() + "').");
        });
        Unit unit = store.findUnit(command.unitId()).orElseThrow(() -> Refusal.invalid("unknown-unit",
                "Unit '" + command.unitId() + "' is not registered."));
        if (!caller.actsForAgency(unit.agencyId())) {
            throw Refusal.notAllowed("not-your-agency", "Only agency '" + unit.agencyId()
                    + "' (or the administrator) may register its employees.");
        }
        Optional<Employee> existing = store.findEmployee(command.nip());
        if (existing.isPresent()) {
            return new Outcome(sameAsRegistered(existing.get(), command), false);
        }
        checkJfLevel(command);
        if (command.headOfUnit() && store.headOf(unit.unitId()).isPresent()) {
            throw Refusal.conflict("unit-has-head", "Unit '" + unit.unitId() + "' already has a head.");
        }
        PenilaiResolution.Resolved resolved = resolvePenilai(caller, command, unit.agencyId());
        LocalDate today = LocalDate.now(clock);
        LocalDate from = command.effectiveFrom() == null ? today : command.effectiveFrom();
        if (from.isAfter(today)) {
            throw Refusal.invalid("effective-date-in-future", "A registration takes effect today or on a "
                    + "past day (the TMT in the current unit), not on " + from + ".");
        }
        Employee employee = Employee.registered(command.nip(), command.name(), command.rank(), unit,
                command.asnType(), command.positionType(), command.jfLevel(), command.headOfUnit(),
                resolved.penilaiId(), resolved.atasanPenilaiId(), command.penilaiId() != null, from,
                clock.instant());
        if (!store.insertEmployee(employee, events.registered(employee))) {
            return new Outcome(sameAsRegistered(store.findEmployee(command.nip()).orElseThrow(), command), false);
        }
        if (employee.headOfUnit()) {
            penilai.reassess(unit.unitId(), from);
        }
        return new Outcome(employee, true);
    }

    private PenilaiResolution.Resolved resolvePenilai(Caller caller, Command command, String agencyId) {
        if (command.penilaiId() == null) {
            return penilai.resolve(command.nip(), command.unitId(), command.headOfUnit());
        }
        ExplicitPenilai.requireAdmin(caller);
        Employee explicit = store.findEmployee(command.penilaiId()).orElseThrow(() -> Refusal.invalid(
                "unknown-penilai", "Penilai '" + command.penilaiId() + "' is not a registered employee."));
        ExplicitPenilai.requireSameAgency(explicit, agencyId, "penilai");
        return new PenilaiResolution.Resolved(explicit.employeeId(), explicit.penilaiId());
    }

    private static Employee sameAsRegistered(Employee existing, Command command) {
        boolean same = existing.name().equals(command.name()) && existing.unitId().equals(command.unitId())
                && existing.asnType() == command.asnType() && existing.positionType() == command.positionType()
                && existing.jfLevel() == command.jfLevel() && Objects.equals(existing.rank(), command.rank())
                && existing.headOfUnit() == command.headOfUnit()
                && (command.penilaiId() == null || command.penilaiId().equals(existing.penilaiId()));
        if (!same) {
            throw Refusal.conflict("employee-exists", "Employee with NIP " + command.nip() + " is already "
                    + "registered with other data; change it with the transfer, position, data or penilai calls.");
        }
        return existing;
    }

    private static void checkJfLevel(Command command) {
        if (command.positionType().requiresJfLevel() && command.jfLevel() == null) {
            throw Refusal.invalid("jf-level-required", "A JF (functional) position needs its jfLevel.");
        }
        if (!command.positionType().requiresJfLevel() && command.jfLevel() != null) {
            throw Refusal.invalid("jf-level-not-allowed", "Only JF positions have a jfLevel.");
        }
    }
}
