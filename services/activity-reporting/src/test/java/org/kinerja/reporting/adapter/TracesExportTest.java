package org.kinerja.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.platform.test.ApiClient;
import org.kinerja.platform.test.ServiceUnderTest;
import org.kinerja.platform.test.TestTokens;
import org.kinerja.reporting.ReportingApplication;

/**
 * Spans leave the service over OTLP/HTTP once a collector's endpoint is configured (as compose's observability profile
 * and the Kubernetes overlays do): a receiver speaking the collector's side of the protocol gets the spans of a
 * caller's request, under the caller's trace id and named after the service.
 */
class TracesExportTest {

    private static final List<byte[]> EXPORTS = new CopyOnWriteArrayList<>();
    /** A stand-in OpenTelemetry collector: it keeps every OTLP/HTTP export it receives. */
    private static final HttpServer collector = collector();

    @RegisterExtension
    static final ServiceUnderTest reporting = ServiceUnderTest.of(ReportingApplication::application,
            "reporting-traces", "management.opentelemetry.tracing.export.schedule-delay=200ms")
            .withAgencies("dukcapil-mks")
            .withSettings(() -> List.of("management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
                    + collector.getAddress().getPort() + "/v1/traces"));

    private static HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/traces", exchange -> {
                if ("application/x-protobuf".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                    EXPORTS.add(exchange.getRequestBody().readAllBytes());
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
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
