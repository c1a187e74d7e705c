package org.kinerja.registry.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
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
 * The top of every tree: once the administrator records the region's leadership, the head of an OPD is rated by the
 * Sekda, the Sekda by the kepala daerah, and whoever an OPD head rates has the kepala daerah as atasan penilai; a new
 * Sekda moves every OPD head's penilai, each change an event.
 */
class RegionalLeadershipIntegrationTest {
    private static final String REGION = "semarang";
    private static final String SEKDA = "196805101990031003";
    private static final String KADIS = "197001011995031001";
    private static final String KABID = "198002142006042004";
    private static final String KASUBBAG = "198305172008012002";
    private static final String STAFF = "199309302019022005";
    private static final String NEW_SEKDA = "197203031996031002";

    @RegisterExtension
    static final ServiceUnderTest registry = ServiceUnderTest.of(
            RegistryApplication::application, "registry-leadership");
    private static ApiClient api;
    private static KafkaTestClient kafka;
    private static final String ADMIN = TestTokens.admin();

    @BeforeAll
    static void pemda() {
        api = registry.api();
        kafka = registry.kafka();
        api.post("/api/registry/regional-governments", ADMIN, Map.of("regionId", REGION,
                "name", "Pemerintah Kota Semarang", "kind", "KOTA"));
        unit("setda-smg", null, "OPD");
        unit("dinkes-smg", null, "OPD");
        unit("dinkes-smg-p2p", "dinkes-smg", "BIDANG");
        unit("dinkes-smg-p2p-tu", "dinkes-smg-p2p", "SUBBAG");
        register(SEKDA, "setda-smg", "JPT", true);
        register(NEW_SEKDA, "setda-smg", "JPT", false);
        register(KADIS, "dinkes-smg", "JPT", true);
        register(KABID, "dinkes-smg-p2p", "ADMINISTRATOR", true);
        register(KASUBBAG, "dinkes-smg-p2p-tu", "PENGAWAS", true);
        register(STAFF, "dinkes-smg-p2p-tu", "PELAKSANA", false);
    }

    private static void unit(String unitId, String parent, String type) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unitId, "regionId", REGION, "name", unitId,
                "unitType", type));
        if (parent != null) {
            body.put("parentUnitId", parent);
        }
        assertThat(api.post("/api/registry/units", ADMIN, body).status()).isEqualTo(201);
    }

    private static void register(String nip, String unit, String position, boolean head) {
        ApiClient.Response response = api.post("/api/registry/employees", ADMIN, Map.of("nip", nip,
                "name", "Pegawai " + nip.substring(14), "unitId", unit, "asnType", "PNS", "positionType", position,
                "headOfUnit", head, "rank", "IV/a", "effectiveFrom", "2026-01-02"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    }

    private static ApiClient.Response leadership(String token, String sekda, String from) {
        Map<String, Object> body = new HashMap<>(Map.of("kepalaDaerahId", "kdh-semarang",
                "kepalaDaerahName", "Walikota Semarang", "kepalaDaerahTitle", "WALIKOTA", "effectiveFrom", from));
        body.put("sekdaId", sekda);
        return api.put("/api/registry/regional-governments/" + REGION + "/leadership", token, body);
    }

    private static List<String> penilai(String nip) {
        ApiClient.Response employee = api.get("/api/registry/employees/" + nip, ADMIN);
        return java.util.stream.Stream.of("penilaiId", "atasanPenilaiId").map(employee::text)
                .map(id -> id.isEmpty() ? null : id).toList();
    }

    @Test
    void theLeadershipPutsAPenilaiAboveEveryOpdHeadAndMovesWithANewSekda() {
        assertThat(api.get("/api/registry/regional-governments/" + REGION + "/leadership", ADMIN).status())
                .isEqualTo(404);
        assertThat(penilai(KADIS)).containsExactly(null, null);
        assertThat(penilai(KABID)).containsExactly(KADIS, null);

        assertThat(leadership(TestTokens.leader(), SEKDA, "2026-01-02").status()).as("a leader only reads")
                .isEqualTo(403);
        ApiClient.Response staffAsSekda = leadership(ADMIN, STAFF, "2026-01-02");
        assertThat(staffAsSekda.status()).isEqualTo(422);
        assertThat(staffAsSekda.text("code")).isEqualTo("sekda-not-an-opd-head");
        ApiClient.Response nip = api.put("/api/registry/regional-governments/" + REGION + "/leadership", ADMIN,
                Map.of("kepalaDaerahId", "197001011995031001", "kepalaDaerahName", "Walikota",
                        "kepalaDaerahTitle", "WALIKOTA"));
        assertThat(nip.status()).isEqualTo(400);

        ApiClient.Response set = leadership(ADMIN, SEKDA, "2026-01-02");
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(set.text("version")).isEqualTo("1");
        assertThat(penilai(KADIS)).containsExactly(SEKDA, "kdh-semarang");
        assertThat(penilai(SEKDA)).containsExactly("kdh-semarang", "kdh-semarang");
        assertThat(penilai(KABID)).containsExactly(KADIS, "kdh-semarang");
        assertThat(penilai(KASUBBAG)).as("below the Kabid the tree is unchanged").containsExactly(KABID, KADIS);
        assertThat(penilai(STAFF)).containsExactly(KASUBBAG, KABID);
        assertThat(api.get("/api/registry/regional-governments/" + REGION + "/leadership",
                TestTokens.employee(STAFF, "dinkes-smg")).text("kepalaDaerahName")).isEqualTo("Walikota Semarang");

        List<ConsumerRecord<String, byte[]>> set1 = kafka.awaitRecords(Topics.ORGANISATIONS,
                r -> REGION.equals(r.key()) && type(r).equals(EventType.REGIONAL_LEADERSHIP_SET.type()), 1,
                Duration.ofSeconds(20));
        assertThat(ContractSchemas.validate(EventType.REGIONAL_LEADERSHIP_SET, set1.get(0).value())).isEmpty();
        List<ConsumerRecord<String, byte[]>> kadisChanged = kafka.awaitRecords(Topics.EMPLOYEES,
                r -> KADIS.equals(r.key()) && type(r).equals(EventType.EMPLOYEE_CHANGED.type()), 1,
                Duration.ofSeconds(20));
        assertThat(ContractSchemas.validate(EventType.EMPLOYEE_CHANGED, kadisChanged.get(0).value())).isEmpty();

        api.post("/api/registry/employees/" + SEKDA + "/deactivate", ADMIN, Map.of("effectiveFrom", "2026-07-01"));
        ApiClient.Response promoted = api.post("/api/registry/employees/" + NEW_SEKDA + "/transfer", ADMIN,
                Map.of("unitId", "setda-smg", "headOfUnit", true, "effectiveFrom", "2026-07-01"));
        assertThat(promoted.status()).as(promoted.body().toString()).isEqualTo(200);
        ApiClient.Response back = leadership(ADMIN, NEW_SEKDA, "2025-12-01");
        assertThat(back.status()).as("never before the leadership in force").isEqualTo(422);
        assertThat(back.text("code")).isEqualTo("effective-date-before-last-change");
        ApiClient.Response next = leadership(ADMIN, NEW_SEKDA, "2026-07-01");
        assertThat(next.status()).as(next.body().toString()).isEqualTo(200);
        assertThat(penilai(KADIS)).containsExactly(NEW_SEKDA, "kdh-semarang");
        assertThat(penilai(NEW_SEKDA)).containsExactly("kdh-semarang", "kdh-semarang");
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
