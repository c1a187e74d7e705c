package org.kinerja.gateway;

import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Load shedding: at most {@code maxInFlight} requests at a time in each service behind the gateway (a resilience4j
 * bulkhead per service, waiting for nothing). A request past that is answered 429 at once with {@code Retry-After}, so
 * beyond the platform's capacity callers hear "later" in milliseconds instead of queueing into timeouts, and the
 * requests let in keep their latency. It runs after the caller's own rate limit, so a caller within its limit is only
 * shed when the service is full.
 */
final class LoadShedding implements WebFilter, Ordered {

    private final BulkheadRegistry bulkheads;
    private final MeterRegistry meters;
    private final boolean enabled;

    LoadShedding(int maxInFlight, MeterRegistry meters) {
        this.enabled = maxInFlight > 0;
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom().maxConcurrentCalls(Math.max(1, maxInFlight))
                .maxWaitDuration(Duration.ZERO).build());
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> service = enabled ? serviceOf(exchange.getRequest().getPath().value()) : Optional.empty();
        if (service.isEmpty()) {
            return chain.filter(exchange);
        }
        Bulkhead bulkhead = bulkheads.bulkhead(service.get());
        if (!bulkhead.tryAcquirePermission()) {
            meters.counter("kinerja.gateway.shed", "service", service.get()).increment();
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return GatewayProblems.write(exchange.getResponse(), GatewayProblems.problem(
                    HttpStatus.TOO_MANY_REQUESTS, "overloaded", "The " + service.get() + " service is at its "
                            + "capacity (" + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " requests at a "
                            + "time); nothing was changed. Retry after 1 s."));
        }
        return chain.filter(exchange).doFinally(signal -> bulkhead.onComplete());
    }

    /** {@code /api/<service>/...}: the service a request goes to (the routes' first path segment after /api). */
    static Optional<String> serviceOf(String path) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        int end = path.indexOf('/', 5);
        String service = end < 0 ? path.substring(5) : path.substring(5, end);
        return service.isEmpty() ? Optional.empty() : Optional.of(service);
    }

    @Override
    public int getOrder() {
        return RateLimitFilters.SECURITY_ORDER + 2;
    }
}
