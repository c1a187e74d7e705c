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
    void readersOfAnEmployeeAreTheEmployeeTheirAgencyAndTheRegionsReaders() {
        assertThat(caller("199207252019032001", List.of("EMPLOYEE"), "dukcapil")
                .readsEmployee("199207252019032001", "dishub")).isTrue();
        assertThat(caller("198503122010011003", List.of("EMPLOYEE"), "dukcapil")
                .readsEmployee("199207252019032001", "dukcapil")).isTrue();
        assertThat(caller("198503122010011003", List.of("EMPLOYEE"), "dishub")
                .readsEmployee("199207252019032001", "dukcapil")).isFalse();
        assertThat(caller("sekda", List.of("LEADER"), null).readsEmployee("199207252019032001", "dukcapil")).isTrue();
        assertThat(caller("sekda", List.of("LEADER"), null).readsRegion()).isTrue();
        assertThat(caller("sekda", List.of("LEADER"), null).actsForAgency("dukcapil")).isFalse();
    }
}
