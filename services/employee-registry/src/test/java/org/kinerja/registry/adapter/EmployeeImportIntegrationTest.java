package org.kinerja.registry.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.registry.RegistryApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk onboarding from a CSV file: progress to poll, each refused row with its reason, the same file again changing
 * nothing, a NIK column dropped on arrival, and another agency's operator refused.
 */
class EmployeeImportIntegrationTest {
    private static final String AGENCY = "dishub-smg";
    private static final int STAFF_ROWS = 300;

    @RegisterExtension
    static final ServiceUnderTest registry = ServiceUnderTest.of(RegistryApplication::application, "registry-import");
    private static ApiClient api;
    private static String baseUrl;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void tree() {
        api = registry.api();
        baseUrl = "http://127.0.0.1:" + ((org.springframework.boot.web.server.context.WebServerApplicationContext)
                registry.context()).getWebServer().getPort();
        String admin = TestTokens.admin();
        api.post("/api/registry/regional-governments", admin, Map.of("regionId", "semarang",
                "name", "Pemerintah Kota Semarang", "kind", "KOTA"));
        api.post("/api/registry/units", admin, Map.of("unitId", AGENCY, "regionId", "semarang",
                "name", "Dinas Perhubungan", "unitType", "OPD"));
        api.post("/api/registry/units", admin, Map.of("unitId", "dukcapil-smg", "regionId", "semarang",
                "name", "Dinas Kependudukan dan Pencatatan Sipil", "unitType", "OPD"));
        api.post("/api/registry/units", TestTokens.agencyAdmin(AGENCY), Map.of("unitId", "dishub-smg-lalin",
                "regionId", "semarang", "parentUnitId", AGENCY, "name", "Bidang Lalu Lintas", "unitType", "BIDANG"));
    }

    /** A head, then staff (one of them a JF), and four bad rows; a NIK column the platform must drop. */
    static String file() {
        StringBuilder csv = new StringBuilder("nip,nik,name,unitId,asnType,positionType,jfLevel,rank,headOfUnit\n");
        csv.append("197811052005011002,3374010101780001,Bambang Wijaya,dishub-smg-lalin,PNS,ADMINISTRATOR,,IV/a,true\n");
        for (int i = 1; i <= STAFF_ROWS; i++) {
            String nip = "199501172020121" + String.format("%03d", i);
            boolean jf = i % 50 == 0;
            csv.append(nip).append(",33740101019").append(String.format("%05d", i)).append(",Pegawai ").append(i)
                    .append(",dishub-smg-lalin,PNS,").append(jf ? "JF,AHLI_PERTAMA" : "PELAKSANA,").append(",III/a,\n");
        }
        csv.append("199013012015031002,,Tanggal Salah,dishub-smg-lalin,PNS,PELAKSANA,,,\n");
        csv.append("199001012015031003,,Unit Lain,dukcapil-smg,PNS,PELAKSANA,,,\n");
        csv.append("199001012015031004,,Jabatan Salah,dishub-smg-lalin,PNS,DIREKTUR,,,\n");
        csv.append("199001012015031005,,Tanpa Jenjang,dishub-smg-lalin,PPPK,JF,,,\n");
        return csv.toString();
    }

    @Test
    void aFileIsImportedWithProgressAndRefusalsAndASecondUploadChangesNothing() throws Exception {
        String operator = TestTokens.agencyAdmin(AGENCY);
        HttpResponse<String> started = upload(operator, file());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = JSON.readTree(started.body());
        String jobId = job.path("jobId").asString();
        assertThat(job.path("total").asInt()).isEqualTo(STAFF_ROWS + 5);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/registry/employee-imports/" + jobId);

        ApiClient.Response done = api.await("/api/registry/employee-imports/" + jobId, operator,
                r -> "DONE".equals(r.text("status")), Duration.ofSeconds(120));
        assertThat(done.body().path("created").asInt()).isEqualTo(STAFF_ROWS + 1);
        assertThat(done.body().path("rejected").asInt()).isEqualTo(4);
        assertThat(done.body().path("processed").asInt()).isEqualTo(STAFF_ROWS + 5);
        JsonNode rejections = done.body().path("rejections");
        assertThat(rejections.findValuesAsString("nip")).containsExactly("199013012015031002", "199001012015031003",
                "199001012015031004", "199001012015031005");
        assertThat(rejections.get(0).path("line").asInt()).isEqualTo(STAFF_ROWS + 3);
        assertThat(rejections.get(0).path("reason").asString()).contains("invalid-nip").contains("birth date");
        assertThat(rejections.get(1).path("reason").asString()).contains("not-your-agency");
        assertThat(rejections.get(2).path("reason").asString()).contains("DIREKTUR");
        assertThat(rejections.get(3).path("reason").asString()).contains("jf-level-required");

        ApiClient.Response staff = api.get("/api/registry/employees/199501172020121007", operator);
        assertThat(staff.text("penilaiId")).isEqualTo("197811052005011002");
        assertThat(staff.body().toString()).doesNotContain("3374010101").doesNotContain("nik");
        long version = staff.body().path("version").asLong();

        HttpResponse<String> again = upload(operator, file());
        assertThat(JSON.readTree(again.body()).path("jobId").asString()).isEqualTo(jobId);
        assertThat(JSON.readTree(again.body()).path("status").asString()).isEqualTo("DONE");
        assertThat(api.get("/api/registry/employees/199501172020121007", operator).body().path("version").asLong())
                .isEqualTo(version);
    }

    @Test
    void refusesBadFilesAndOtherAgencies() throws Exception {
        HttpResponse<String> missing = upload(TestTokens.agencyAdmin(AGENCY), "nip;name\n199501172020121001;x\n");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("csv-missing-columns").contains("unitId");
        HttpResponse<String> otherAgency = upload(TestTokens.agencyAdmin("dukcapil-smg"), file());
        assertThat(otherAgency.statusCode()).isEqualTo(403);
        assertThat(upload(TestTokens.employee("199501172020121001", AGENCY), file()).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> upload(String token, String csv) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/registry/agencies/" + AGENCY
                + "/employee-imports")).header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
