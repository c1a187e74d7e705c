package org.kinerja.gateway;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Per-caller token buckets (Bucket4j), one per caller and kind, kept in a bounded cache that forgets callers idle for
 * ten minutes. Past its limit a caller gets 429 with {@code Retry-After} and the request goes no further, so one
 * client cannot saturate the services behind the gateway.
 */
final class RateLimits {

    /** The bulk calls: a month of reports in one request, a CSV of employees. */
    private static final List<PathPattern> BULK = List.of(
            PathPatternParser.defaultInstance.parse("/api/reporting/activities/batch"),
            PathPatternParser.defaultInstance.parse("/api/registry/agencies/{agencyId}/employee-imports"));

    private static final PathPattern DEV_TOKENS = PathPatternParser.defaultInstance.parse("/dev/tokens");

    private final RateLimitProperties properties;
    private final MeterRegistry meters;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimits(RateLimitProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Before authentication: requests that carry no token, per client address. The local stack's /dev/tokens is left
     * out: it answers the machine's own loopback only, where the demo and the tests ask it for many tokens at once.
     */
    Mono<Void> limitAnonymous(ServerWebExchange exchange, Mono<Void> next) {
        if (!properties.enabled() || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                || DEV_TOKENS.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return next;
        }
        String address = exchange.getRequest().getRemoteAddress() == null ? "unknown"
                : exchange.getRequest().getRemoteAddress().getAddress().getHostAddress();
        return consume(exchange, "anonymous:" + address, properties.anonymous(), "anonymous", next);
    }

    /** After authentication: the caller's own limit, and the bulk quota for bulk calls. */
    Mono<Void> limitCaller(ServerWebExchange exchange, JwtAuthenticationToken caller, Mono<Void> next) {
        if (!properties.enabled()) {
            return next;
        }
        List<String> roles = Optional.ofNullable(caller.getToken().getClaimAsStringList("roles")).orElse(List.of());
        Optional<String> role = roles.stream().filter(properties.roles()::containsKey)
                .max(Comparator.comparingInt(r -> properties.roles().get(r).burst()));
        if (role.isEmpty()) {
            return next;
        }
        String key = "caller:" + caller.getToken().getSubject();
        // Deferred: a bulk call refused by its own quota spends nothing of the caller's general allowance.
        Mono<Void> ownLimit = Mono.defer(() -> consume(exchange, key, properties.roles().get(role.get()), role.get(),
                next));
        return isBulk(exchange) ? consume(exchange, "bulk:" + key, properties.bulk(), "bulk", ownLimit) : ownLimit;
    }

    private static boolean isBulk(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return HttpMethod.POST.equals(exchange.getRequest().getMethod())
                && BULK.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private Mono<Void> consume(ServerWebExchange exchange, String key, RateLimitProperties.Limit limit, String kind,
            Mono<Void> next) {
        Bucket bucket = buckets.get(key + "|" + kind, k -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(limit.burst()).refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return next;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        meters.counter("kinerja.gateway.rate.limited", "kind", kind).increment();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        return GatewayProblems.write(exchange.getResponse(), GatewayProblems.problem(HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited", "Too many requests (" + kind + " limit: " + limit.perSecond() + " a second, bursts of "
                        + limit.burst() + "). Retry after " + retryAfter + " s."));
    }
}
