package org.kinerja.registry.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.contracts.ContractSchemas;
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.registry.RegistryApplication;

/**
 * Employees over their working life, against a real broker: transfers, new unit heads, penilai following the tree,
 * history answering "who was this employee's unit and penilai on 15 March?", deactivation, overrides, and NIK never
 * kept. Every change comes out as a contract-valid EmployeeChanged event.
 */
class EmployeeLifecycleIntegrationTest {
    private static final String AGENCY = "dinkes-mmj";
    private static final String OPD_HEAD = "197001011995031001";
    private static final String HEAD_P2P = "198002142006042004";
    private static final String HEAD_YANKES = "198305172008012002";
    private static final String STAFF = "199309302019022005";

    @RegisterExtension
    static final ServiceUnderTest registry = ServiceUnderTest.of(
            RegistryApplication::application, "registry-lifecycle");
    private static ApiClient api;
    private static KafkaTestClient kafka;
    private static String operator;

    @BeforeAll
    static void tree() {
        api = registry.api();
        kafka = registry.kafka();
        String admin = TestTokens.admin();
        api.post("/api/registry/regional-governments", admin, Map.of("regionId", "mamuju",
                "name", "Pemerintah Kabupaten Mamuju", "kind", "KABUPATEN"));
        api.post("/api/registry/units", admin, Map.of("unitId", AGENCY, "regionId", "mamuju",
                "name", "Dinas Kesehatan", "unitType", "OPD"));
        operator = TestTokens.agencyAdmin(AGENCY);
        for (String unit : List.of("dinkes-mmj-p2p", "dinkes-mmj-yankes")) {
            api.post("/api/registry/units", operator, Map.of("unitId", unit, "regionId", "mamuju",
                    "parentUnitId", AGENCY, "name", unit, "unitType", "BIDANG"));
        }
        register(OPD_HEAD, AGENCY, "JPT", true, "IV/c");
        register(HEAD_P2P, "dinkes-mmj-p2p", "ADMINISTRATOR", true, "IV/a");
        register(STAFF, "dinkes-mmj-p2p", "PELAKSANA", false, "III/a");
    }

    private static ApiClient.Response register(String nip, String unit, String position, boolean head, String rank) {
        return api.post("/api/registry/employees", operator, Map.of("nip", nip, "name", "Pegawai " + nip.substring(14),
                "unitId", unit, "asnType", "PNS", "positionType", position, "headOfUnit", head, "rank", rank,
                "effectiveFrom", "2026-01-02", "nik", "7306010101900001"));
    }

    @Test
    void aTransferMovesThePenilaiAndHistoryRemembersTheOldOne() {
        ApiClient.Response staff = api.get("/api/registry/employees/" + STAFF, operator);
        assertThat(staff.text("penilaiId")).isEqualTo(HEAD_P2P);
        assertThat(staff.text("atasanPenilaiId")).isEqualTo(OPD_HEAD);
        assertThat(staff.body().toString()).doesNotContain("7306010101900001").doesNotContain("nik");

        register(HEAD_YANKES, "dinkes-mmj-yankes", "ADMINISTRATOR", true, "IV/a");
        ApiClient.Response moved = api.post("/api/registry/employees/" + STAFF + "/transfer", operator,
                Map.of("unitId", "dinkes-mmj-yankes", "effectiveFrom", "2026-03-01"));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(moved.text("penilaiId")).isEqualTo(HEAD_YANKES);

        ApiClient.Response february = api.get("/api/registry/employees/" + STAFF + "/as-of/2026-02-15", operator);
        assertThat(february.text("unitId")).isEqualTo("dinkes-mmj-p2p");
        assertThat(february.text("penilaiId")).isEqualTo(HEAD_P2P);
        ApiClient.Response march = api.get("/api/registry/employees/" + STAFF + "/as-of/2026-03-15", operator);
        assertThat(march.text("unitId")).isEqualTo("dinkes-mmj-yankes");
        assertThat(march.text("penilaiId")).isEqualTo(HEAD_YANKES);
        assertThat(api.get("/api/registry/employees/" + STAFF + "/as-of/2025-12-31", operator).status())
                .isEqualTo(404);

        List<ConsumerRecord<String, byte[]>> changes = kafka.awaitRecords(Topics.EMPLOYEES,
                r -> STAFF.equals(r.key()) && header(r, "ce_type").equals(EventType.EMPLOYEE_CHANGED.type()), 1,
                Duration.ofSeconds(20));
        assertThat(ContractSchemas.validate(EventType.EMPLOYEE_CHANGED, changes.get(0).value())).isEmpty();
        assertThat(new String(changes.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("7306010101900001");
    }

    @Test
    void aNewHeadBecomesThePenilaiOfTheUnitsStaff() {
        String unit = "dinkes-mmj-farmasi";
        api.post("/api/registry/units", operator, Map.of("unitId", unit, "regionId", "mamuju",
                "parentUnitId", AGENCY, "name", "Bidang Farmasi", "unitType", "BIDANG"));
        String staff = "199512122020122003";
        register(staff, unit, "PELAKSANA", false, "II/c");
        assertThat(api.get("/api/registry/employees/" + staff, operator).body().path("penilaiId").isNull())
                .isTrue();
        String head = "198108082009032001";
        register(head, unit, "ADMINISTRATOR", true, "IV/a");
        ApiClient.Response reassessed = api.get("/api/registry/employees/" + staff, operator);
        assertThat(reassessed.text("penilaiId")).isEqualTo(head);
        assertThat(reassessed.text("atasanPenilaiId")).isEqualTo(OPD_HEAD);
        assertThat(api.get("/api/registry/employees/" + staff + "/history", operator).body()
                .findValuesAsString("change")).containsExactly("PENILAI_CHANGED");
    }

    @Test
    void registeringTheSameEmployeeAgainChangesNothingButOtherDataIsRefused() {
        assertThat(register(STAFF, "dinkes-mmj-p2p", "PELAKSANA", false, "III/a").status()).isIn(200, 409);
        ApiClient.Response other = register(HEAD_P2P, "dinkes-mmj-p2p", "PENGAWAS", true, "IV/a");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("code")).isEqualTo("employee-exists");
    }

    @Test
    void onlyTheAdministratorOverridesAPenilaiAndOnlyTheAgencyChangesItsEmployees() {
        String nip = "199101012015031004";
        register(nip, "dinkes-mmj-p2p", "PELAKSANA", false, "III/b");
        ApiClient.Response byOperator = api.post("/api/registry/employees/" + nip + "/penilai", operator,
                Map.of("penilaiId", OPD_HEAD));
        assertThat(byOperator.status()).isEqualTo(403);
        ApiClient.Response byAdmin = api.post("/api/registry/employees/" + nip + "/penilai", TestTokens.admin(),
                Map.of("penilaiId", OPD_HEAD));
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.text("penilaiOverridden")).isEqualTo("true");
        ApiClient.Response otherAgency = api.post("/api/registry/employees/" + nip + "/deactivate",
                TestTokens.agencyAdmin("dukcapil-mks"), Map.of());
        assertThat(otherAgency.status()).isEqualTo(403);
        ApiClient.Response future = api.post("/api/registry/employees/" + nip + "/position", operator,
                Map.of("positionType", "PENGAWAS", "effectiveFrom", "2099-01-01"));
        assertThat(future.status()).isEqualTo(422);
        ApiClient.Response deactivated = api.post("/api/registry/employees/" + nip + "/deactivate", operator,
                Map.of());
        assertThat(deactivated.text("active")).isEqualTo("false");
        assertThat(api.post("/api/registry/employees/" + nip + "/data", operator, Map.of("name", "x")).text("code"))
                .isEqualTo("employee-inactive");
    }

    @Test
    void anotherAgencySeesTheStaffDirectoryEntryOnlyAndNoHistory() {
        String elsewhere = TestTokens.agencyAdmin("dukcapil-mks");
        ApiClient.Response entry = api.get("/api/registry/employees/" + STAFF, elsewhere);
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.text("name")).isEqualTo("Pegawai " + STAFF.substring(14));
        assertThat(entry.text("positionType")).isEqualTo("PELAKSANA");
        assertThat(entry.body().has("history")).isFalse();
        assertThat(entry.body().has("rank")).isFalse();
        assertThat(entry.body().has("penilaiId")).isFalse();
        assertThat(api.get("/api/registry/employees/" + STAFF + "/history", elsewhere).status()).isEqualTo(403);
        assertThat(api.get("/api/registry/employees/" + STAFF + "/as-of/2026-02-15", elsewhere).status())
                .isEqualTo(403);
        assertThat(api.get("/api/registry/employees/" + STAFF, operator).body().has("history")).isTrue();
        ApiClient.Response unit = api.get("/api/registry/units/dinkes-mmj-p2p/employees", elsewhere);
        assertThat(unit.body().size()).isPositive();
        unit.body().forEach(listed -> assertThat(listed.has("history") || listed.has("penilaiId")).isFalse());
        assertThat(api.get("/api/registry/units/dinkes-mmj-p2p/employees", operator).body().get(0).has("history"))
                .isTrue();
        assertThat(api.get("/api/registry/employees/" + STAFF + "/history", TestTokens.employee(STAFF, AGENCY))
                .status()).isEqualTo(200);
    }

    @Test
    void aPenilaiNamedInARegistrationIsTheAdministratorsAndOfTheSameAgency() {
        String admin = TestTokens.admin();
        api.post("/api/registry/units", admin, Map.of("unitId", "bappeda-mmj", "regionId", "mamuju",
                "name", "Bappeda", "unitType", "OPD"));
        String outsider = "198001012005011009";
        api.post("/api/registry/employees", admin, Map.of("nip", outsider, "name", "Kepala Bappeda",
                "unitId", "bappeda-mmj", "asnType", "PNS", "positionType", "JPT", "headOfUnit", true));

        Map<String, Object> withPenilai = Map.of("nip", "199202022016031005", "name", "Staf Baru",
                "unitId", "dinkes-mmj-p2p", "asnType", "PNS", "positionType", "PELAKSANA", "penilaiId", OPD_HEAD);
        ApiClient.Response byOperator = api.post("/api/registry/employees", operator, withPenilai);
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.text("code")).isEqualTo("admin-only");

        Map<String, Object> foreignPenilai = new java.util.HashMap<>(withPenilai);
        foreignPenilai.put("penilaiId", outsider);
        ApiClient.Response foreign = api.post("/api/registry/employees", admin, foreignPenilai);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.text("code")).isEqualTo("penilai-of-another-agency");
        assertThat(api.get("/api/registry/employees/199202022016031005", admin).status()).isEqualTo(404);

        ApiClient.Response override = api.post("/api/registry/employees/" + STAFF + "/penilai", admin,
                Map.of("penilaiId", outsider));
        assertThat(override.status()).isEqualTo(422);
        assertThat(override.text("code")).isEqualTo("penilai-of-another-agency");
        assertThat(api.post("/api/registry/employees", admin, withPenilai).status()).isIn(200, 201);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
