package org.kinerja.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Past a service's capacity the gateway answers 429 "overloaded" at once, with Retry-After, and lets the next request
 * in as soon as one finishes: a real gateway in front of a service that holds its requests until told to answer.
 */
class LoadSheddingTest {

    private static final String SECRET = "gateway-test-secret-of-at-least-32-bytes";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static volatile CountDownLatch release = new CountDownLatch(0);
    private static final CountDownLatch held = new CountDownLatch(2);
    private static HttpServer reporting;
    private static ConfigurableApplicationContext gateway;

    @BeforeAll
    static void start() throws IOException {
        reporting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        reporting.setExecutor(Executors.newCachedThreadPool());
        reporting.createContext("/api/reporting/activities", exchange -> {
            held.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"status\":\"ACCEPTED\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        reporting.start();
        gateway = GatewayApplication.application().run("--server.port=0", "--kinerja.region=makassar",
                "--kinerja.jwt-secret=" + SECRET, "--kinerja.dev-tokens=true",
                "--kinerja.load-shedding.max-in-flight=2",
                "--REPORTING_URL=http://127.0.0.1:" + reporting.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        release.countDown();
        gateway.close();
        reporting.stop(0);
    }

    @Test
    void aFullServiceIsAnswered429AtOnceAndTakesRequestsAgainWhenOneEnds() throws Exception {
        release = new CountDownLatch(1);
        String token = token();
        List<CompletableFuture<HttpResponse<String>>> holding = List.of(report(token), report(token));
        assertThat(held.await(20, TimeUnit.SECONDS)).as("both requests reached the service").isTrue();

        long start = System.nanoTime();
        HttpResponse<String> shed = report(token).get(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(shed.statusCode()).isEqualTo(429);
        assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(shed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(shed.body()).contains("\"code\":\"overloaded\"").contains("reporting service is at its capacity");
        assertThat(millis).as("shed at once, not after a wait").isLessThan(5_000);

        release.countDown();
        for (CompletableFuture<HttpResponse<String>> request : holding) {
            assertThat(request.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
        }
        assertThat(report(token).get(20, TimeUnit.SECONDS).statusCode()).as("room again once they ended")
                .isEqualTo(202);
    }

    @Test
    void theServiceIsTheFirstPathSegmentAfterApiAndOneThatIsRouted() {
        LoadShedding shedding = new LoadShedding(2, Set.of("reporting", "registry"), new SimpleMeterRegistry());
        assertThat(shedding.serviceOf("/api/reporting/activities")).hasValue("reporting");
        assertThat(shedding.serviceOf("/api/registry")).hasValue("registry");
        assertThat(shedding.serviceOf("/dev/tokens")).isEmpty();
        assertThat(shedding.serviceOf("/api/")).isEmpty();
        assertThat(shedding.serviceOf("/api/invented-by-a-caller/x")).as("no bulkhead for a path no route serves")
                .isEmpty();
        assertThat(new LoadShedding(0, Set.of("reporting"), new SimpleMeterRegistry())
                .serviceOf("/api/reporting/activities")).as("0 sheds nothing").isEmpty();
    }

    private static CompletableFuture<HttpResponse<String>> report(String token) {
        return HTTP.sendAsync(HttpRequest.newBuilder(uri("/api/reporting/activities")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/dev/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\"199207252019032001\",\"roles\":[\"EMPLOYEE\"],\"agency\":\"dukcapil-mks\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) gateway).getWebServer().getPort()
                + path);
    }
}
