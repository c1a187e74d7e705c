package org.kinerja.console.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.kinerja.console.application.Views.Employee;
import org.kinerja.console.application.Views.Leadership;
import org.kinerja.console.application.Views.Region;
import org.kinerja.console.application.Views.Unit;

/**
 * What a document says about people and places, read from the platform with the user's token: an employee's name,
 * rank, position and unit by name; the kepala daerah (who has no NIP and is not in the registry) from the region's
 * leadership; the place a document is signed in; dates in Bahasa Indonesia.
 */
final class DocumentFacts {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);

    /** Someone as a document names them: {@code nip} is null for the kepala daerah. */
    record Person(String name, String nip, String rank, String position, String unit, String agency) {

        List<Document.Field> fields() {
            return List.of(new Document.Field("Nama", name), new Document.Field("NIP", nip == null ? "-" : nip),
                    new Document.Field("Pangkat/Gol. Ruang", rank == null ? "-" : rank),
                    new Document.Field("Jabatan", position), new Document.Field("Unit kerja", unit));
        }

        Document.Signatory signs(String role) {
            return new Document.Signatory(role, name, nip);
        }
    }

    private final Platform platform;
    private final Function<String, String> words;

    /** {@code words}: the console's message bundle in Bahasa Indonesia (positions, predicates, ratings...). */
    DocumentFacts(Platform platform, Function<String, String> words) {
        this.platform = platform;
        this.words = words;
    }

    String word(String key) {
        return words.apply(key);
    }

    Employee employee(SignedInUser user, String nip) {
        return PlatformReads.employee(platform, user, nip);
    }

    Person person(SignedInUser user, Employee employee) {
        Optional<Unit> unit = unit(user, employee.unitId());
        Optional<Unit> agency = employee.agencyId() == null || employee.agencyId().equals(employee.unitId()) ? unit
                : unit(user, employee.agencyId());
        String unitName = unit.map(Unit::name).orElse(employee.unitId());
        String agencyName = agency.map(Unit::name).orElse(employee.agencyId());
        String position = word("position." + employee.positionType())
                + (employee.headOfUnit() ? ", Kepala " + unitName : "");
        return new Person(employee.name(), employee.employeeId(), employee.rank(), position,
                unitName.equals(agencyName) ? unitName : unitName + ", " + agencyName, agencyName);
    }

    /**
     * The employee's penilai (or atasan penilai) by id: an employee of the registry, or the kepala daerah named by
     * the region's leadership; empty where there is none.
     */
    Optional<Person> overseer(SignedInUser user, String id, String regionId) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.startsWith("kdh-")) {
            return leadership(user, regionId).map(l -> new Person(l.kepalaDaerahName(), null, null,
                    titleOf(l, regionId, user), regionName(user, regionId), regionName(user, regionId)));
        }
        return Optional.of(person(user, employee(user, id)));
    }

    Optional<Leadership> leadership(SignedInUser user, String regionId) {
        return platform.find(user, "/api/registry/regional-governments/" + regionId + "/leadership",
                Leadership.class);
    }

    /** "Bupati Mamuju", "Walikota Makassar". */
    String titleOf(Leadership leadership, String regionId, SignedInUser user) {
        String title = leadership.kepalaDaerahTitle() == null ? "Kepala Daerah"
                : leadership.kepalaDaerahTitle().charAt(0) + leadership.kepalaDaerahTitle().substring(1).toLowerCase();
        return title + " " + place(user, regionId);
    }

    String place(SignedInUser user, String regionId) {
        return region(user, regionId).map(Region::place).orElse(regionId);
    }

    String regionName(SignedInUser user, String regionId) {
        return region(user, regionId).map(Region::name).orElse(regionId);
    }

    private Optional<Region> region(SignedInUser user, String regionId) {
        return regionId == null ? Optional.empty()
                : platform.find(user, "/api/registry/regional-governments/" + regionId, Region.class);
    }

    Optional<Unit> unit(SignedInUser user, String unitId) {
        return unitId == null ? Optional.empty() : platform.find(user, "/api/registry/units/" + unitId, Unit.class);
    }

    static String day(LocalDate day) {
        return day.format(DAY);
    }

    /** "tahun 2026", "November 2026", "triwulan I 2026". */
    static String period(String period) {
        if (period.length() == 4) {
            return "tahun " + period;
        }
        if (period.charAt(5) == 'Q') {
            return "triwulan " + List.of("I", "II", "III", "IV").get(period.charAt(6) - '1') + " "
                    + period.substring(0, 4);
        }
        return LocalDate.parse(period + "-01").format(MONTH);
    }
}
