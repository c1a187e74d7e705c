package org.kinerja.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.test.ApiClient;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The API descriptions as integrators' tools read them: every service's and the gateway's merged one, fetched from
 * the running platform and linted by Redocly's CLI (recommended rules, no error and no warning), plus what the lint
 * cannot know: the gateway named as the server, the platform's version, every operation of every service in the
 * merged description, and its Swagger UI showing them in a real browser.
 */
class ApiDescriptionsTest {

    private static final Path WRITTEN = Path.of("target", "openapi");
    private static final Pattern PROBLEM_LINE = Pattern.compile("(?m)^(error|warning)\\s+[\\w-]+: \\d+");
    private static final Map<String, JsonNode> DESCRIPTIONS = new java.util.TreeMap<>();

    @BeforeAll
    static void fetchEveryDescription() throws IOException {
        Files.createDirectories(WRITTEN);
        for (Map.Entry<String, Integer> service : PlatformHarness.stack().ports().entrySet()) {
            ApiClient.Response docs = new ApiClient("http://127.0.0.1:" + service.getValue()).get("/v3/api-docs", null);
            assertThat(docs.status()).as(service.getKey()).isEqualTo(200);
            DESCRIPTIONS.put(service.getKey(), docs.body());
            Files.writeString(WRITTEN.resolve(service.getKey() + ".json"), docs.body().toString(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void redoclyFindsNoErrorAndNoWarningInAnyDescription() throws Exception {
        NodeTools.require("KINERJA_REQUIRE_NODE", "apt-get install nodejs npm", "node", "npm");
        Path lint = NodeTools.installed(Path.of("src/test/api-lint"), "api-lint",
                List.of("package.json", "package-lock.json", "redocly.yaml"), "@redocly/cli");
        List<String> command = new ArrayList<>(List.of("node_modules/.bin/redocly", "lint", "--config",
                "redocly.yaml", "--format", "summary"));
        DESCRIPTIONS.keySet().forEach(service -> command.add(WRITTEN.toAbsolutePath().resolve(service + ".json")
                .toString()));
        NodeTools.Result result = NodeTools.run(lint, Map.of("NO_COLOR", "1"), 120, command.toArray(String[]::new));
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(PROBLEM_LINE.matcher(result.output()).find()).as(result.output()).isFalse();
        assertThat(result.output()).contains("Your API descriptions are valid");
    }

    @Test
    void eachDescriptionNamesItsServiceTheGatewayTheVersionAndTheBearerToken() {
        String gateway = PlatformHarness.stack().gatewayUrl();
        DESCRIPTIONS.forEach((service, docs) -> {
            assertThat(docs.path("info").path("title").asString()).as(service).startsWith("Kinerja")
                    .isNotEqualTo("OpenAPI definition");
            assertThat(docs.path("info").path("version").asString()).as(service).matches("\\d+\\.\\d+\\.\\d+.*");
            assertThat(docs.path("servers").get(0).path("url").asString()).as(service).isEqualTo(gateway);
            assertThat(docs.path("components").path("securitySchemes").path("bearerToken").path("scheme").asString())
                    .as(service).isEqualTo("bearer");
            assertThat(docs.toString()).as(service).doesNotContain("\"caller\"");
        });
    }

    @Test
    void theGatewaysDescriptionHoldsEveryOperationOfEveryService() {
        JsonNode merged = DESCRIPTIONS.get("gateway");
        assertThat(merged.path("info").path("title").asString()).isEqualTo("Kinerja API");
        Set<String> operations = operations(merged);
        int described = 0;
        for (Map.Entry<String, JsonNode> service : DESCRIPTIONS.entrySet()) {
            if (service.getKey().equals("gateway")) {
                continue;
            }
            Set<String> own = operations(service.getValue());
            assertThat(own).as(service.getKey()).isNotEmpty();
            assertThat(operations).as(service.getKey()).containsAll(own);
            described += own.size();
        }
        assertThat(operations).hasSize(described);
        JsonNode report = merged.path("paths").path("/api/reporting/activities").path("post");
        assertThat(report.path("responses").propertyNames()).contains("202", "400", "401", "403", "409", "422",
                "429", "503");
    }

    @Test
    void theGatewaysSwaggerUiShowsTheWholeApi() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(PlatformHarness.stack().gatewayUrl())) {
            browser.go("/swagger-ui.html");
            browser.awaitText(".info .title", "Kinerja API");
            browser.wait.until(d -> d.findElements(By.cssSelector(".opblock")).size()
                    >= operations(DESCRIPTIONS.get("gateway")).size());
            assertThat(browser.text(".scheme-container")).containsIgnoringCase("Authorize");
            browser.screenshot("gateway-swagger-ui");
        }
    }

    private static Set<String> operations(JsonNode description) {
        Set<String> operations = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (String method : path.getValue().propertyNames()) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }
        return operations;
    }
}
