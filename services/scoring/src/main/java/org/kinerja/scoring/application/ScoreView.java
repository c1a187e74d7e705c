package org.kinerja.scoring.application;

import java.util.List;
import java.util.Optional;

import org.kinerja.contracts.events.ScoreUpdated;
import org.kinerja.contracts.events.UnitScoreUpdated;

/**
 * The queryable read model: the latest version of each employee's score and each unit's figures per period. Writes
 * keep a value unless a newer version is stored already, so replays and reordering change nothing.
 */
public interface ScoreView {

    /** Keeps each score unless a newer version of it is stored (a poll's scores at once). */
    void upsert(List<ScoreUpdated> scores);

    Optional<ScoreUpdated> find(String employeeId, String period);

    /** Every period of the employee, oldest first: their history. */
    List<ScoreUpdated> ofEmployee(String employeeId);

    /** Keeps each unit's score unless a newer version of it is stored (a poll's at once). */
    void upsertUnits(List<UnitScoreUpdated> units);

    Optional<UnitScoreUpdated> findUnit(String unitId, String period);

    /** Every period of the unit, oldest first: its trend. */
    List<UnitScoreUpdated> ofUnit(String unitId);

    /** The units of an agency in a period, or in every period when {@code period} is null. */
    List<UnitScoreUpdated> unitsOfAgency(String agencyId, String period);

    /** Keeps the agency's SAKIP evaluation unless a newer version is stored. */
    void upsertSakip(AgencySakip sakip);

    Optional<AgencySakip> sakip(String agencyId, int year);

    /** The units of the whole region in a period, or in every period when {@code period} is null. */
    List<UnitScoreUpdated> unitsOfRegion(String period);

    /** Keeps who oversees the employee unless a newer version is stored. */
    void upsertOversight(EmployeeOversight oversight);

    Optional<EmployeeOversight> oversight(String employeeId);

    /** The agency of a unit, from its employees (or its figures where none is known). */
    Optional<String> agencyOfUnit(String unitId);
}
