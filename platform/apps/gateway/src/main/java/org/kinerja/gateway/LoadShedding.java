package org.kinerja.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
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
 * shed when the service is full. There is one bulkhead per routed service, made at start: a path that names no service
 * is not counted (the gateway answers it 404), so no caller can make the gateway keep state for paths it invents.
 */
final class LoadShedding implements WebFilter, Ordered {

    private final Map<String, Bulkhead> bulkheads;
    private final MeterRegistry meters;

    /** {@code services}: the first path segment after /api of each route; {@code maxInFlight} 0 sheds nothing. */
    LoadShedding(int maxInFlight, Set<String> services, MeterRegistry meters) {
        BulkheadConfig config = BulkheadConfig.custom().maxConcurrentCalls(Math.max(1, maxInFlight))
                .maxWaitDuration(Duration.ZERO).build();
        this.bulkheads = maxInFlight > 0 ? services.stream().collect(Collectors.toUnmodifiableMap(
                Function.identity(), service -> Bulkhead.of(service, config))) : Map.of();
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> service = serviceOf(exchange.getRequest().getPath().value());
        if (service.isEmpty()) {
            return chain.filter(exchange);
        }
        Bulkhead bulkhead = bulkheads.get(service.get());
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

    /** {@code /api/<service>/...}: the routed service a request goes to, if it names one (and shedding is on). */
    Optional<String> serviceOf(String path) {
        return segmentAfterApi(path).filter(bulkheads::containsKey);
    }

    /** The first path segment after {@code /api/}: how the routes' {@code Path} predicates name their service. */
    static Optional<String> segmentAfterApi(String path) {
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
