package org.kinerja.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.kinerja.platform.test.Stats;

/**
 * Single reports over REST through the gateway as an open model: requests leave at a fixed arrival rate whatever the
 * answers (a closed loop of clients would slow down with the platform and hide its queueing). Each request is one
 * employee's own daily report with their token; the answers are counted by status, with timeouts apart, and the
 * accepted ones' latencies summarised. Past capacity the gateway should say 429, never 5xx or nothing.
 */
final class HttpIngest {

    /** Longer than this is a timeout: a client of a field app gives up about here. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String baseUrl;
    private final String label;
    private final List<String> employees;
    private final Map<String, String> tokens;
    private final String agency;
    private final AtomicLong sequence = new AtomicLong();

    /** {@code label} says where the requests go: the gateway, or straight to the service (to tell the two apart). */
    HttpIngest(String baseUrl, String label, List<String> employees, Map<String, String> tokens, String agency) {
        this.baseUrl = baseUrl;
        this.label = label;
        this.employees = List.copyOf(employees);
        this.tokens = Map.copyOf(tokens);
        this.agency = agency;
    }

    /** Offers {@code rate} reports a second for {@code seconds}, prints what came back; the number accepted. */
    int run(int rate, int seconds) throws InterruptedException {
        ExecutorService io = Executors.newFixedThreadPool(16);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                .connectTimeout(TIMEOUT).build();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Double> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        int total = rate * seconds;
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String employee = employees.get(i % employees.size());
            long sentAt = System.nanoTime();
            inFlight.add(client.sendAsync(request(employee), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        String outcome = outcome(response, failure);
                        statuses.computeIfAbsent(outcome, s -> new AtomicLong()).incrementAndGet();
                        if ("202".equals(outcome)) {
                            accepted.add((System.nanoTime() - sentAt) / 1e6);
                        }
                    }));
        }
        double offeredSeconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        double answeredSeconds = (System.nanoTime() - start) / 1e9;
        io.shutdown();
        io.awaitTermination(10, TimeUnit.SECONDS);
        Stats latency = new Stats(accepted.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf("HTTP ingest %s, open model, %,d reports/s offered for %d s (%,d sent in "
                + "%.1f s, all answered in %.1f s): %,.0f accepted/s; accepted p50 %.0f ms, p99 %.0f ms, max %.0f ms;"
                + " answers %s%n", label, rate, seconds, total, offeredSeconds, answeredSeconds,
                latency.count() / answeredSeconds, latency.percentile(50), latency.percentile(99), latency.max(),
                new TreeMap<>(statuses));
        return latency.count();
    }

    private static String outcome(HttpResponse<?> response, Throwable failure) {
        if (failure == null) {
            return String.valueOf(response.statusCode());
        }
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
    }

    private HttpRequest request(String employee) {
        long n = sequence.incrementAndGet();
        String body = """
                {"employeeId":"%s","agencyId":"%s","indicatorId":"skp-2026-%s-rhk-1-iki-1","reportType":"DAILY",\
                "activityDate":"%s","quantity":1,"description":"Uji berkala kendaraan angkutan umum (REST)"}"""
                .formatted(employee, agency, employee, LocalDate.of(2026, 1, 5).plusDays(n % 300));
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/reporting/activities")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.get(employee))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-http-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
