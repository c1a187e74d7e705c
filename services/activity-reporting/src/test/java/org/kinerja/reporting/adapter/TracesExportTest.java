package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.EmbeddedTestInfra;
import org.kinerja.platform.test.RunningService;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;

/**
 * Spans leave the service over OTLP/HTTP once a collector's endpoint is configured (as compose's observability profile
 * and the Kubernetes overlays do): a receiver speaking the collector's side of the protocol gets the spans of a
 * caller's request, under the caller's trace id and named after the service.
 */
class TracesExportTest {

    private static final List<byte[]> EXPORTS = new CopyOnWriteArrayList<>();
    private static HttpServer collector;
    private static RunningService reporting;

    @BeforeAll
    static void start() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            if ("application/x-protobuf".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                EXPORTS.add(exchange.getRequestBody().readAllBytes());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        EmbeddedTestInfra.shared().ensureAgency("dukcapil-mks");
        reporting = RunningService.start(ReportingApplication.application(), "reporting-traces",
                "management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
                        + collector.getAddress().getPort() + "/v1/traces",
                "management.opentelemetry.tracing.export.schedule-delay=200ms");
    }

    @AfterAll
    static void stop() {
        reporting.close();
        collector.stop(0);
    }

    @Test
    void aRequestsSpansReachTheCollectorUnderTheCallersTrace() {
        String traceId = "5af7183fb1d4cf5f8a3ce929d0e0e47b";
        ApiClient.Response answer = reporting.api().call("GET",
                "/api/reporting/employees/199207252019032001/activities",
                TestTokens.employee("199207252019032001", "dukcapil-mks"),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"), null, null);
        assertThat(answer.status()).isEqualTo(200);
        byte[] rawTraceId = HexFormat.of().parseHex(traceId);
        byte[] export = Awaitility.await("a span of trace " + traceId + " among the OTLP exports")
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> EXPORTS.stream().filter(body -> contains(body, rawTraceId)).findFirst(),
                        Optional::isPresent)
                .get();
        assertThat(contains(export, "activity-reporting".getBytes(StandardCharsets.UTF_8)))
                .as("the spans' resource names the service").isTrue();
    }

    /** Whether the protobuf body holds these bytes (ISO-8859-1 maps each byte to one char, losing none). */
    private static boolean contains(byte[] body, byte[] part) {
        return new String(body, StandardCharsets.ISO_8859_1).contains(new String(part, StandardCharsets.ISO_8859_1));
    }
}
