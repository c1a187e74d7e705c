package org.kinerja.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pegawai and their history. The id is the NIP. Every change returns a new employee one version further, with a new
 * history segment from the change's effective date; history is never rewritten, so a change cannot take effect before
 * the last one did. The penilai is resolved from the unit tree (see {@link PenilaiResolution}) unless overridden.
 */
public record Employee(String employeeId, String name, String rank, String regionId, String agencyId, String unitId,
        AsnType asnType, PositionType positionType, JfLevel jfLevel, boolean headOfUnit, String penilaiId,
        String atasanPenilaiId, boolean penilaiOverridden, boolean active, LocalDate effectiveFrom, long version,
        Instant registeredAt, List<Assignment> history) {

    public Employee {
        history = List.copyOf(history);
    }

    /** A newly registered employee, version 1, with one history segment. */
    public static Employee registered(String nip, String name, String rank, Unit unit, AsnType asnType,
            PositionType positionType, JfLevel jfLevel, boolean headOfUnit, String penilaiId, String atasanPenilaiId,
            boolean penilaiOverridden, LocalDate from, Instant at) {
        Employee draft = new Employee(nip, name, rank, unit.regionId(), unit.agencyId(), unit.unitId(), asnType,
                positionType, jfLevel, headOfUnit, penilaiId, atasanPenilaiId, penilaiOverridden, true, from, 1, at,
                List.of());
        return draft.withSegment(EmployeeChange.REGISTERED);
    }

    public Employee update(String newName, String newRank, LocalDate from) {
        requireChangeable(from);
        return next(newName, newRank, unitId, agencyId, positionType, jfLevel, headOfUnit, penilaiId, atasanPenilaiId,
                penilaiOverridden, true, from, EmployeeChange.UPDATED);
    }

    public Employee transfer(Unit to, boolean head, LocalDate from) {
        requireChangeable(from);
        if (to.unitId().equals(unitId) && head == headOfUnit) {
            throw new EmployeeRuleViolation("same-unit", "Employee " + employeeId + " is already in unit "
                    + unitId + ".");
        }
        if (!to.regionId().equals(regionId)) {
            throw new EmployeeRuleViolation("other-region", "A transfer to another region is a new registration "
                    + "there, not a transfer.");
        }
        return next(name, rank, to.unitId(), to.agencyId(), positionType, jfLevel, head, penilaiId, atasanPenilaiId,
                penilaiOverridden, true, from, EmployeeChange.TRANSFERRED);
    }

    public Employee changePosition(PositionType type, JfLevel level, String newRank, LocalDate from) {
        requireChangeable(from);
        if (type.requiresJfLevel() != (level != null)) {
            throw new EmployeeRuleViolation("jf-level", "A JF (functional) position needs its jfLevel; "
                    + "other positions have none.");
        }
        return next(name, newRank == null ? rank : newRank, unitId, agencyId, type, level, headOfUnit, penilaiId,
                atasanPenilaiId, penilaiOverridden, true, from, EmployeeChange.POSITION_CHANGED);
    }

    /** A penilai from the unit tree ({@code overridden} false) or set explicitly by an administrator. */
    public Employee withPenilai(String penilai, String atasan, boolean overridden, LocalDate from) {
        requireChangeable(from);
        if (employeeId.equals(penilai)) {
            throw new EmployeeRuleViolation("self-penilai", "Nobody is their own pejabat penilai.");
        }
        return next(name, rank, unitId, agencyId, positionType, jfLevel, headOfUnit, penilai, atasan, overridden,
                true, from, EmployeeChange.PENILAI_CHANGED);
    }

    public Employee deactivate(LocalDate from) {
        requireChangeable(from);
        return next(name, rank, unitId, agencyId, positionType, jfLevel, false, penilaiId, atasanPenilaiId,
                penilaiOverridden, false, from, EmployeeChange.DEACTIVATED);
    }

    /** Whether the penilai (and atasan) differ from the given ones. */
    public boolean hasPenilai(String penilai, String atasan) {
        return java.util.Objects.equals(penilaiId, penilai) && java.util.Objects.equals(atasanPenilaiId, atasan);
    }

    /** Who this employee was on the given day: the history segment in force then, if they were registered. */
    public Optional<Assignment> asOf(LocalDate day) {
        Assignment found = null;
        for (Assignment segment : history) {
            if (!segment.validFrom().isAfter(day)) {
                found = segment;
            }
        }
        return Optional.ofNullable(found);
    }

    public EmployeeChange lastChange() {
        return EmployeeChange.valueOf(history.get(history.size() - 1).change());
    }

    private void requireChangeable(LocalDate from) {
        if (!active) {
            throw new EmployeeRuleViolation("employee-inactive", "Employee " + employeeId + " is deactivated.");
        }
        if (from.isBefore(effectiveFrom)) {
            throw new EmployeeRuleViolation("effective-date-before-last-change", "A change cannot take effect on "
                    + from + ", before the last change (" + effectiveFrom + "); history is not rewritten.");
        }
    }

    private Employee next(String newName, String newRank, String unit, String agency, PositionType type,
            JfLevel level, boolean head, String penilai, String atasan, boolean overridden, boolean isActive,
            LocalDate from, EmployeeChange change) {
        return new Employee(employeeId, newName, newRank, regionId, agency, unit, asnType, type, level, head,
                penilai, atasan, overridden, isActive, from, version + 1, registeredAt, history)
                .withSegment(change);
    }

    private Employee withSegment(EmployeeChange change) {
        List<Assignment> segments = new ArrayList<>(history);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).validFrom().equals(effectiveFrom)) {
            segments.remove(segments.size() - 1);
        }
        segments.add(new Assignment(effectiveFrom, change.name(), unitId, agencyId, positionType, jfLevel, rank,
                headOfUnit, penilaiId, atasanPenilaiId, active));
        return new Employee(employeeId, name, rank, regionId, agencyId, unitId, asnType, positionType, jfLevel,
                headOfUnit, penilaiId, atasanPenilaiId, penilaiOverridden, active, effectiveFrom, version,
                registeredAt, segments);
    }
}
