package org.kinerja.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.kinerja.contracts.RegionalLeaders;

/**
 * Who leads the regional government from a date, above every OPD's unit tree: the kepala daerah (Bupati or Walikota,
 * elected, no NIP: a {@code kdh-} id) and the Sekretaris Daerah (an ASN heading an OPD, the Sekretariat Daerah; absent
 * while the office is vacant). Changes are versioned; a new leadership never takes effect before the last one did.
 */
public record RegionalLeadership(String regionId, String kepalaDaerahId, String kepalaDaerahName,
        KepalaDaerahTitle kepalaDaerahTitle, String sekdaId, LocalDate effectiveFrom, long version, Instant setAt) {

    /** The elected office the kepala daerah holds: a kabupaten's Bupati, a kota's Walikota, a province's Gubernur. */
    public enum KepalaDaerahTitle { BUPATI, WALIKOTA, GUBERNUR }

    public static RegionalLeadership first(String regionId, String kepalaDaerahId, String name,
            KepalaDaerahTitle title, String sekdaId, LocalDate from, Instant at) {
        requireValid(kepalaDaerahId, name, title, from);
        return new RegionalLeadership(regionId, kepalaDaerahId, name.strip(), title, sekdaId, from, 1, at);
    }

    public RegionalLeadership next(String newKepalaDaerahId, String name, KepalaDaerahTitle title,
            String newSekdaId, LocalDate from, Instant at) {
        requireValid(newKepalaDaerahId, name, title, from);
        if (from.isBefore(effectiveFrom)) {
            throw new EmployeeRuleViolation("effective-date-before-last-change", "The leadership in force since "
                    + effectiveFrom + " cannot be replaced from " + from + ", before it.");
        }
        return new RegionalLeadership(regionId, newKepalaDaerahId, name.strip(), title, newSekdaId, from,
                version + 1, at);
    }

    public Optional<String> sekda() {
        return Optional.ofNullable(sekdaId);
    }

    private static void requireValid(String kepalaDaerahId, String name, KepalaDaerahTitle title, LocalDate from) {
        if (!RegionalLeaders.isKepalaDaerah(kepalaDaerahId)) {
            throw new EmployeeRuleViolation("invalid-kepala-daerah-id", "The kepala daerah holds no NIP: give "
                    + "an id of the form kdh-<name> (lower case, digits and '-'), the subject of their token.");
        }
        if (name == null || name.isBlank() || title == null || from == null) {
            throw new EmployeeRuleViolation("kepala-daerah-incomplete", "The kepala daerah's name, title (BUPATI "
                    + "or WALIKOTA) and the date the leadership takes effect are required.");
        }
    }
}
