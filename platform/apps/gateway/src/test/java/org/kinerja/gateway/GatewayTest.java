package org.kinerja.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway as deployed: tokens checked before routing, requests forwarded with their token, a dead service answered
 * by the circuit breaker's 503 problem, and development tokens only where switched on.
 */
class GatewayTest {

    private static final String SECRET = "gateway-test-secret-of-at-least-32-bytes";

    private static HttpServer registry;
    private static ConfigurableApplicationContext withDevTokens;
    private static ConfigurableApplicationContext production;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    private static volatile String forwardedAuthorization;

    @BeforeAll
    static void start() throws IOException {
        registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/api/registry/units/x", exchange -> {
            forwardedAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = "{\"unitId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        registry.start();
        int dead = freePort();
        // On every interface, as a gateway opened to the network would be (Reactor Netty's resources are shared, so
        // one gateway context serves the tests of both the loopback and the network).
        withDevTokens = GatewayApplication.application().run("--server.port=0", "--server.address=0.0.0.0",
                "--kinerja.region=makassar",
                "--kinerja.jwt-secret=" + SECRET, "--kinerja.dev-tokens=true",
                "--REGISTRY_URL=http://127.0.0.1:" + registry.getAddress().getPort(),
                "--SCORING_URL=http://127.0.0.1:" + dead);
        production = GatewayApplication.application().run("--server.port=0", "--kinerja.region=makassar",
                "--kinerja.jwt-secret=" + SECRET);
    }

    @AfterAll
    static void stop() {
        withDevTokens.close();
        production.close();
        registry.stop(0);
    }

    @Test
    void routesWithTheCallersTokenAfterCheckingIt() throws Exception {
        String token = devToken(withDevTokens);
        HttpResponse<String> response = get(withDevTokens, "/api/registry/units/x", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"unitId\":\"x\"");
        assertThat(forwardedAuthorization).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesMissingOrForgedTokensBeforeRouting() throws Exception {
        assertThat(get(withDevTokens, "/api/registry/units/x", null).statusCode()).isEqualTo(401);
        assertThat(get(withDevTokens, "/api/registry/units/x", "eyJhbGciOiJIUzI1NiJ9.e30.forged").statusCode())
                .isEqualTo(401);
    }

    @Test
    void everyTokenDefectIsRefusedWithAProblemAndAChallengeSayingWhy() throws Exception {
        HttpResponse<String> none = get(withDevTokens, "/api/registry/units/x", null);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"kinerja\"");
        assertThat(none.body()).contains("\"code\":\"unauthorized\"").contains("\"status\":401")
                .doesNotContain("properties");
        Instant now = Instant.now();
        Map<String, JWTClaimsSet.Builder> defects = new LinkedHashMap<>();
        defects.put("no expiry", valid(now).expirationTime(null));
        defects.put("no subject", valid(now).subject(null));
        defects.put("issuer", valid(now).issuer("https://idp.elsewhere.example"));
        defects.put("audience", valid(now).audience("someone-else"));
        defects.put("in the future", valid(now).issueTime(Date.from(now.plusSeconds(3L * 365 * 86400)))
                .expirationTime(Date.from(now.plusSeconds(3L * 365 * 86400 + 60))));
        defects.put("longer than", valid(now).expirationTime(Date.from(now.plusSeconds(365L * 86400))));
        defects.put("region", valid(now).claim("region", "semarang"));
        for (Map.Entry<String, JWTClaimsSet.Builder> defect : defects.entrySet()) {
            HttpResponse<String> refused = get(withDevTokens, "/api/registry/units/x", sign(defect.getValue()));
            assertThat(refused.statusCode()).as(defect.getKey()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).as(defect.getKey())
                    .startsWith("Bearer realm=\"kinerja\", error=\"invalid_token\"").contains(defect.getKey());
            assertThat(refused.body()).contains("unauthorized");
        }
        assertThat(get(withDevTokens, "/api/registry/units/x", sign(valid(now))).statusCode()).isEqualTo(200);
    }

    @Test
    void developmentTokensAreRefusedToAnyoneOffTheLoopback() throws Exception {
        Optional<String> lanAddress = nonLoopbackAddress();
        Assumptions.assumeTrue(lanAddress.isPresent(), "this machine has no non-loopback IPv4 address");
        int port = ((WebServerApplicationContext) withDevTokens).getWebServer().getPort();
        String body = "{\"subject\":\"x\",\"roles\":[\"ADMIN\"]}";
        HttpResponse<String> fromTheNetwork = HTTP.send(HttpRequest.newBuilder(URI.create("http://"
                + lanAddress.get() + ":" + port + "/dev/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromTheNetwork.statusCode()).isEqualTo(404);
        assertThat(fromTheNetwork.body()).doesNotContain("access_token");
        assertThat(post(withDevTokens, "/dev/tokens", body).statusCode()).isEqualTo(200);
    }

    @Test
    void aFloodFromOneCallerIsAnsweredWith429AndRetryAfterNeverA5xx() throws Exception {
        String flooder = sign(valid(Instant.now()).subject("199001012020121099").claim("roles", List.of("EMPLOYEE")));
        List<Answer> responses = flood(300, () -> plainGet(withDevTokens, "/api/registry/units/x", flooder));
        Map<Integer, Long> byStatus = responses.stream().collect(java.util.stream.Collectors.groupingBy(
                Answer::status, java.util.stream.Collectors.counting()));
        assertThat(byStatus.keySet()).allMatch(status -> status < 500);
        assertThat(byStatus.getOrDefault(429, 0L)).isPositive();
        assertThat(byStatus.getOrDefault(200, 0L)).isGreaterThanOrEqualTo(100).isLessThan(300);
        Answer limited = responses.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertThat(Integer.parseInt(limited.retryAfter())).isPositive();
        assertThat(limited.body()).contains("\"code\":\"rate-limited\"");
        // Another caller is not held back by the flooder.
        assertThat(get(withDevTokens, "/api/registry/units/x", sign(valid(Instant.now()))).statusCode())
                .isEqualTo(200);

        // Without a token, per client address: from the machine's network address, so that the other tests' calls
        // from the loopback (their dev tokens) keep their own allowance.
        Optional<String> lanAddress = nonLoopbackAddress();
        Assumptions.assumeTrue(lanAddress.isPresent(), "this machine has no non-loopback IPv4 address");
        int port = ((WebServerApplicationContext) withDevTokens).getWebServer().getPort();
        URI fromTheNetwork = URI.create("http://" + lanAddress.get() + ":" + port + "/api/registry/units/x");
        assertThat(flood(200, () -> plainGet(fromTheNetwork, null))).extracting(Answer::status)
                .containsOnly(401, 429).contains(429);
    }

    private record Answer(int status, String retryAfter, String body) {
    }

    /**
     * One request on a connection of its own (as most clients of a flood open them): the JDK's HttpClient, reusing
     * its pooled connections, now and then waits for ever on one of hundreds of early 429s that curl, with or without
     * keep-alive, always receives.
     */
    private static Answer plainGet(ConfigurableApplicationContext gateway, String path, String token)
            throws IOException {
        return plainGet(uri(gateway, path), token);
    }

    private static Answer plainGet(URI uri, String token) throws IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Connection", "close");
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(20_000);
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        int status = connection.getResponseCode();
        java.io.InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        connection.disconnect();
        return new Answer(status, connection.getHeaderField("Retry-After"), body);
    }

    private static List<Answer> flood(int requests, java.util.concurrent.Callable<Answer> call) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Answer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                sent.add(pool.submit(call));
            }
            List<Answer> responses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Answer> response : sent) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static Optional<String> nonLoopbackAddress() throws IOException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }

    private static JWTClaimsSet.Builder valid(Instant now) {
        return new JWTClaimsSet.Builder().subject("bkpsdm-admin").issuer("kinerja-dev").audience("kinerja")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", List.of("ADMIN")).claim("region", "makassar");
    }

    private static String sign(JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void aDeadServiceAnswersAProblemNotAHang() throws Exception {
        HttpResponse<String> response = get(withDevTokens, "/api/scoring/employees/1/scores", devToken(withDevTokens));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("service-unavailable").contains("scoring");
    }

    @Test
    void developmentTokensExistOnlyWhereSwitchedOn() throws Exception {
        HttpResponse<String> refused = post(production, "/dev/tokens",
                "{\"subject\":\"x\",\"roles\":[\"ADMIN\"]}");
        assertThat(refused.statusCode()).isIn(401, 403, 404);
        HttpResponse<String> badRole = post(withDevTokens, "/dev/tokens", "{\"subject\":\"x\",\"roles\":[\"GOD\"]}");
        assertThat(badRole.statusCode()).isEqualTo(400);
    }

    private static String devToken(ConfigurableApplicationContext gateway) throws Exception {
        HttpResponse<String> response = post(gateway, "/dev/tokens",
                "{\"subject\":\"199207252019032001\",\"roles\":[\"EMPLOYEE\"],\"agency\":\"dukcapil-mks\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext gateway, String path, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(gateway, path)).timeout(java.time.Duration
                .ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // a connection of its own: a pooled one the gateway had already closed once hung a request to its timeout
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(5)).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext gateway, String path, String json)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(gateway, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext gateway, String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) gateway).getWebServer().getPort()
                + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
