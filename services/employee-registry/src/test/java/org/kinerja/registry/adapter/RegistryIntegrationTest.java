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
import org.kinerja.contracts.EventType;
import org.kinerja.contracts.Topics;
import org.kinerja.contracts.events.EmployeeRegistered;
import org.kinerja.platform.events.CloudEventRecords;
import org.kinerja.platform.events.ReceivedEvent;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.KafkaTestClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.registry.RegistryApplication;

/** The registry against a real broker and the MongoDB wire protocol: HTTP in, outbox, CloudEvents out. */
class RegistryIntegrationTest {
    @RegisterExtension
    static final ServiceUnderTest registry = ServiceUnderTest.of(RegistryApplication::application, "registry-it");
    private static ApiClient api;
    private static KafkaTestClient kafka;

    @BeforeAll
    static void start() {
        api = registry.api();
        kafka = registry.kafka();
    }

    @Test
    void registersTheTreeAndPublishesEmployeesWithTheirPenilai() {
        String admin = TestTokens.admin();
        assertThat(api.post("/api/registry/regional-governments", admin,
                Map.of("regionId", "makassar", "name", "Pemerintah Kota Makassar", "kind", "KOTA")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/registry/units", admin, Map.of("unitId", "dukcapil-mks", "regionId", "makassar",
                "name", "Dinas Kependudukan dan Pencatatan Sipil", "unitType", "OPD")).status()).isEqualTo(201);
        String operator = TestTokens.agencyAdmin("dukcapil-mks");
        assertThat(api.post("/api/registry/units", operator, Map.of("unitId", "dukcapil-mks-pelayanan",
                "regionId", "makassar", "parentUnitId", "dukcapil-mks", "name", "Bidang Pelayanan",
                "unitType", "BIDANG")).status()).isEqualTo(201);
        ApiClient.Response children = api.get("/api/registry/units/dukcapil-mks/children", operator);
        assertThat(children.body().valueStream().map(u -> u.path("name").asString()).toList())
                .containsExactly("Bidang Pelayanan");
        assertThat(api.get("/api/registry/units/dukcapil-mks-pelayanan/children", operator).body().isEmpty())
                .as("a leaf has no units under it").isTrue();
        assertThat(api.get("/api/registry/units/no-such-unit/children", operator).text("code"))
                .isEqualTo("unit-not-found");
        assertThat(api.post("/api/registry/employees", operator, employee("198503122010011003", "ADMINISTRATOR",
                true)).status()).isEqualTo(201);
        ApiClient.Response staff = api.post("/api/registry/employees", operator,
                employee("199207252019032001", "PELAKSANA", false));
        assertThat(staff.status()).isEqualTo(201);
        assertThat(staff.text("penilaiId")).isEqualTo("198503122010011003");

        String appraisees = "/api/registry/employees/198503122010011003/appraisees";
        ApiClient.Response mine = api.get(appraisees, TestTokens.employee("198503122010011003", "dukcapil-mks"));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().size()).as("the head evaluates the staff member, not themselves").isEqualTo(1);
        assertThat(mine.body().get(0).path("employeeId").asString()).isEqualTo("199207252019032001");
        assertThat(mine.body().get(0).path("relation").asString()).isEqualTo("PENILAI");
        assertThat(mine.body().get(0).has("rank")).as("a work list, not the personnel file").isFalse();
        assertThat(api.get(appraisees, operator).status()).isEqualTo(200);
        assertThat(api.get(appraisees, TestTokens.employee("199207252019032001", "dukcapil-mks")).text("code"))
                .as("a colleague does not read whom the head evaluates").isEqualTo("not-your-appraisees");
        assertThat(api.get(appraisees, TestTokens.agencyAdmin("dishub-smg")).status()).isEqualTo(403);

        ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.EMPLOYEES,
                r -> "199207252019032001".equals(r.key()), Duration.ofSeconds(20));
        ReceivedEvent event = CloudEventRecords.read(record.headers(), record.value(),
                List.of(EventType.EMPLOYEE_REGISTERED));
        assertThat(event.source()).isEqualTo("/services/employee-registry/test");
        assertThat(event.data(EmployeeRegistered.class).penilaiId()).isEqualTo("198503122010011003");
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("kinerja.registry.employee.registered.v1");
    }

    @Test
    void refusesWithProblemDetails() {
        String admin = TestTokens.admin();
        api.post("/api/registry/regional-governments", admin,
                Map.of("regionId", "semarang", "name", "Pemerintah Kota Semarang", "kind", "KOTA"));
        api.post("/api/registry/units", admin, Map.of("unitId", "dishub-smg", "regionId", "semarang",
                "name", "Dinas Perhubungan", "unitType", "OPD"));

        ApiClient.Response noToken = api.get("/api/registry/units/dishub-smg", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.text("type")).endsWith("/unauthorized");

        ApiClient.Response otherRegion = api.get("/api/registry/units/dishub-smg",
                TestTokens.sign("x", List.of("ADMIN"), null, "mamuju"));
        assertThat(otherRegion.status()).isEqualTo(401);

        ApiClient.Response forged = api.get("/api/registry/units/dishub-smg",
                TestTokens.sign("x", List.of("ADMIN"), null, "test", "another-secret-of-at-least-32-bytes!!"));
        assertThat(forged.status()).isEqualTo(401);

        TestTokens.defectiveTokens().forEach((defect, token) -> {
            ApiClient.Response refused = api.get("/api/registry/units/dishub-smg", token);
            assertThat(refused.status()).as(defect).isEqualTo(401);
            assertThat(refused.text("type")).as(defect).endsWith("/unauthorized");
        });
        assertThat(api.get("/api/registry/units/dishub-smg", TestTokens.adminWith(c -> { })).status())
                .isNotEqualTo(401);

        ApiClient.Response otherAgency = api.post("/api/registry/employees", TestTokens.agencyAdmin("dukcapil-mks"),
                Map.of("nip", "199001012015031002", "name", "Budi", "unitId", "dishub-smg", "asnType", "PNS",
                        "positionType", "PELAKSANA"));
        assertThat(otherAgency.status()).isEqualTo(403);
        assertThat(otherAgency.text("code")).isEqualTo("not-your-agency");

        ApiClient.Response badNip = api.post("/api/registry/employees", TestTokens.agencyAdmin("dishub-smg"),
                Map.of("nip", "199013012015031002", "name", "Budi", "unitId", "dishub-smg", "asnType", "PNS",
                        "positionType", "PELAKSANA"));
        assertThat(badNip.status()).isEqualTo(422);
        assertThat(badNip.text("detail")).contains("birth date");

        ApiClient.Response invalid = api.post("/api/registry/employees", TestTokens.agencyAdmin("dishub-smg"),
                Map.of("nip", "123", "unitId", "dishub-smg", "asnType", "PNS", "positionType", "CEO"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("title").asString()).isNotBlank();

        ApiClient.Response employeeCannotRegister = api.post("/api/registry/units",
                TestTokens.employee("199207252019032001", "dishub-smg"), Map.of("unitId", "x", "regionId",
                        "semarang", "parentUnitId", "dishub-smg", "name", "x", "unitType", "BIDANG"));
        assertThat(employeeCannotRegister.status()).isEqualTo(403);

        ApiClient.Response duplicate = api.post("/api/registry/regional-governments", admin,
                Map.of("regionId", "semarang", "name", "again", "kind", "KOTA"));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    private static Map<String, Object> employee(String nip, String position, boolean head) {
        return Map.of("nip", nip, "name", "Pegawai " + nip.substring(14), "unitId", "dukcapil-mks-pelayanan",
                "asnType", "PNS", "positionType", position, "headOfUnit", head);
    }
}
