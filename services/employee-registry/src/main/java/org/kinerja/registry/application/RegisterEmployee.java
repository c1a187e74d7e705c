package org.kinerja.registry.application;

import java.time.Clock;
import java.util.Optional;

import org.kinerja.platform.security.Caller;
import org.kinerja.platform.web.ApiProblem;
import org.kinerja.registry.domain.AsnType;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.JfLevel;
import org.kinerja.registry.domain.Nip;
import org.kinerja.registry.domain.PenilaiResolution;
import org.kinerja.registry.domain.PositionType;
import org.kinerja.registry.domain.Unit;

/** Registers an employee in a unit of the caller's agency and resolves their pejabat penilai. */
public class RegisterEmployee {

    /** What an agency says about a new employee. */
    public record Command(String nip, String name, String unitId, AsnType asnType, PositionType positionType,
            JfLevel jfLevel, boolean headOfUnit, String penilaiId) {
    }

    private final RegistryStore store;
    private final RegistryEvents events;
    private final Clock clock;

    public RegisterEmployee(RegistryStore store, String region, Clock clock) {
        this.store = store;
        this.events = new RegistryEvents(region);
        this.clock = clock;
    }

    public Employee register(Caller caller, Command command) {
        Nip.problem(command.nip()).ifPresent(problem -> {
            throw ApiProblem.unprocessable("invalid-nip", problem + " (got '" + command.nip() + "').");
        });
        Unit unit = store.findUnit(command.unitId()).orElseThrow(() -> ApiProblem.unprocessable("unknown-unit",
                "Unit '" + command.unitId() + "' is not registered."));
        if (!caller.actsForAgency(unit.agencyId())) {
            throw ApiProblem.forbidden("not-your-agency", "Only agency '" + unit.agencyId()
                    + "' (or the administrator) may register its employees.");
        }
        checkJfLevel(command);
        if (command.headOfUnit() && store.headOf(unit.unitId()).isPresent()) {
            throw ApiProblem.conflict("unit-has-head", "Unit '" + unit.unitId() + "' already has a head.");
        }
        Optional<String> explicit = Optional.ofNullable(command.penilaiId());
        explicit.ifPresent(id -> store.findEmployee(id).orElseThrow(() -> ApiProblem.unprocessable(
                "unknown-penilai", "Penilai '" + id + "' is not a registered employee.")));
        Optional<String> penilai = PenilaiResolution.resolve(command.nip(), command.headOfUnit(), explicit,
                store.headOf(unit.unitId()).map(Employee::employeeId),
                Optional.ofNullable(unit.parentUnitId()).flatMap(store::headOf).map(Employee::employeeId));
        Employee employee = new Employee(command.nip(), command.name(), unit.regionId(), unit.agencyId(),
                unit.unitId(), command.asnType(), command.positionType(), command.jfLevel(), command.headOfUnit(),
                penilai.orElse(null), clock.instant());
        if (!store.insertEmployee(employee, events.registered(employee))) {
            throw ApiProblem.conflict("employee-exists", "Employee with NIP " + command.nip()
                    + " is already registered.");
        }
        return employee;
    }

    private static void checkJfLevel(Command command) {
        if (command.positionType().requiresJfLevel() && command.jfLevel() == null) {
            throw ApiProblem.unprocessable("jf-level-required", "A JF (functional) position needs its jfLevel.");
        }
        if (!command.positionType().requiresJfLevel() && command.jfLevel() != null) {
            throw ApiProblem.unprocessable("jf-level-not-allowed", "Only JF positions have a jfLevel.");
        }
    }
}
