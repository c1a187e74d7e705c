package org.kinerja.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    private static Caller caller(String subject, List<String> roles, String agency) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "HS256").subject(subject).claim("roles", roles)
                .claim("region", "makassar").issuedAt(Instant.now());
        if (agency != null) {
            jwt.claim("agency", agency);
        }
        return Caller.from(jwt.build());
    }

    @Test
    void anEmployeeActsForThemselvesOnly() {
        Caller employee = caller("199207252019032001", List.of("EMPLOYEE"), "dukcapil");
        assertThat(employee.isEmployee("199207252019032001")).isTrue();
        assertThat(employee.isEmployee("198503122010011003")).isFalse();
        assertThat(employee.actsForAgency("dukcapil")).isFalse();
    }

    @Test
    void anAgencyActsForItsOwnAgencyOnly() {
        Caller system = caller("system-dukcapil", List.of("AGENCY_SYSTEM"), "dukcapil");
        assertThat(system.actsForAgency("dukcapil")).isTrue();
        assertThat(system.actsForAgency("dishub")).isFalse();
        assertThat(system.isEmployee("system-dukcapil")).isFalse();
    }

    @Test
    void theAdminActsForEveryAgencyAndUnknownRolesGrantNothing() {
        assertThat(caller("admin", List.of("ADMIN"), null).actsForAgency("dishub")).isTrue();
        Caller stranger = caller("x", List.of("SUPERUSER"), "dishub");
        assertThat(stranger.roles()).isEmpty();
        assertThat(stranger.actsForAgency("dishub")).isFalse();
    }

    @Test
    void personalFiguresAreTheEmployeesTheirPenilaisTheirAgencysHrAndTheRegionsNotAColleagues() {
        Overseen siti = new Overseen("199207252019032001", "dukcapil", "198503122010011003", "197505152000031001");
        assertThat(caller("199207252019032001", List.of("EMPLOYEE"), "dukcapil").readsPersonalFiguresOf(siti))
                .as("the employee").isTrue();
        assertThat(caller("198503122010011003", List.of("EMPLOYEE"), "dukcapil").readsPersonalFiguresOf(siti))
                .as("the penilai").isTrue();
        assertThat(caller("197505152000031001", List.of("EMPLOYEE"), "dukcapil").readsPersonalFiguresOf(siti))
                .as("the atasan penilai").isTrue();
        assertThat(caller("199001012020011001", List.of("EMPLOYEE"), "dukcapil").readsPersonalFiguresOf(siti))
                .as("a colleague").isFalse();
        assertThat(caller("operator-dukcapil", List.of("AGENCY_ADMIN"), "dukcapil").readsPersonalFiguresOf(siti))
                .as("the agency's HR").isTrue();
        assertThat(caller("system-dukcapil", List.of("AGENCY_SYSTEM"), "dukcapil").readsPersonalFiguresOf(siti))
                .as("the agency's system").isFalse();
        assertThat(caller("operator-dishub", List.of("AGENCY_ADMIN"), "dishub").readsPersonalFiguresOf(siti))
                .as("another agency's HR").isFalse();
        assertThat(caller("sekda", List.of("LEADER"), null).readsPersonalFiguresOf(siti)).as("a leader").isTrue();
        assertThat(caller("bkpsdm", List.of("ADMIN"), null).readsPersonalFiguresOf(siti)).as("the admin").isTrue();
        assertThat(caller("sekda", List.of("LEADER"), null).actsForAgency("dukcapil")).isFalse();
    }

    @Test
    void whoOverseesAnEmployeeIsLookedUpOnlyWhenItDecides() {
        Overseen siti = new Overseen("199207252019032001", "dukcapil", "198503122010011003", null);
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<java.util.Optional<Overseen>> lookup = () -> {
            lookups.incrementAndGet();
            return java.util.Optional.of(siti);
        };
        assertThat(caller("199207252019032001", List.of("EMPLOYEE"), "dukcapil")
                .readsPersonalFiguresOf(siti.employeeId(), lookup)).isTrue();
        assertThat(caller("sekda", List.of("LEADER"), null).readsPersonalFiguresOf(siti.employeeId(), lookup))
                .isTrue();
        assertThat(lookups).hasValue(0);
        assertThat(caller("198503122010011003", List.of("EMPLOYEE"), "dukcapil")
                .readsPersonalFiguresOf(siti.employeeId(), lookup)).as("the penilai").isTrue();
        assertThat(caller("199001012020011001", List.of("EMPLOYEE"), "dukcapil")
                .readsPersonalFiguresOf(siti.employeeId(), lookup)).as("a colleague").isFalse();
        assertThat(caller("operator-dukcapil", List.of("AGENCY_ADMIN"), "dukcapil")
                .readsPersonalFiguresOf(siti.employeeId(), java.util.Optional::empty)).as("unknown employee").isFalse();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void theKepalaDaerahDecidesAsPenilaiUnderTheirIdAndTheAdminRecordsTheirDecisionsOnly() {
        Caller walikota = caller("kdh-makassar", List.of("LEADER"), null);
        assertThat(walikota.isPenilai("kdh-makassar")).isTrue();
        assertThat(walikota.isPenilai("kdh-mamuju")).as("another region's kepala daerah").isFalse();
        assertThat(caller("kdh-makassar", List.of("EMPLOYEE"), null).isPenilai("kdh-makassar"))
                .as("a kdh- id without the leader role").isFalse();
        assertThat(caller("198503122010011003", List.of("LEADER"), null).isPenilai("198503122010011003"))
                .as("a NIP is a penilai only as an employee").isFalse();
        assertThat(caller("198503122010011003", List.of("EMPLOYEE"), "dukcapil").isPenilai("198503122010011003"))
                .isTrue();

        Caller admin = caller("bkpsdm", List.of("ADMIN"), null);
        assertThat(admin.recordsDecisionOf("kdh-makassar")).contains("kdh-makassar");
        assertThat(admin.decidesAs("kdh-makassar")).isTrue();
        assertThat(admin.recordsDecisionOf("198503122010011003")).as("an ASN penilai decides themselves").isEmpty();
        assertThat(admin.decidesAs("198503122010011003")).isFalse();
        assertThat(caller("x", List.of("LEADER"), null).recordsDecisionOf("kdh-makassar")).isEmpty();
    }
}
