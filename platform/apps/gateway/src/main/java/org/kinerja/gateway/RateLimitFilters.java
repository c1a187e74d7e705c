package org.kinerja.gateway;

import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Where the limits apply: requests without a token first in Spring Security's chain, so a flood of them costs no
 * token check ({@link AnonymousLimit}, added by {@link GatewaySecurity}); authenticated callers right after the chain
 * (which runs at order -100 in WebFlux), when the caller is known.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilters {

    static final int SECURITY_ORDER = -100;

    @Bean
    RateLimits rateLimits(RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimits(properties, meters);
    }

    @Bean
    WebFilter callerRateLimit(RateLimits limits) {
        return new CallerLimit(limits);
    }

    /**
     * Past the callers' limits, each routed service's capacity (kinerja.load-shedding.max-in-flight; 0 switches it
     * off); the services are the ones the routes' {@code Path} predicates name.
     */
    @Bean
    WebFilter loadShedding(@Value("${kinerja.load-shedding.max-in-flight:32}") int maxInFlight,
            org.springframework.cloud.gateway.config.GatewayProperties gateway, MeterRegistry meters) {
        Set<String> services = gateway.getRoutes().stream().flatMap(route -> route.getPredicates().stream())
                .filter(predicate -> "Path".equals(predicate.getName()))
                .flatMap(predicate -> predicate.getArgs().values().stream())
                .flatMap(path -> LoadShedding.segmentAfterApi(path).stream())
                .collect(Collectors.toUnmodifiableSet());
        return new LoadShedding(maxInFlight, services, meters);
    }

    /** Requests without a token, per client address: the first filter of the security chain. */
    record AnonymousLimit(RateLimits limits) implements WebFilter {
        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return limits.limitAnonymous(exchange, Mono.defer(() -> chain.filter(exchange)));
        }
    }

    private record CallerLimit(RateLimits limits) implements WebFilter, Ordered {
        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return exchange.getPrincipal()
                    .filter(JwtAuthenticationToken.class::isInstance)
                    .cast(JwtAuthenticationToken.class)
                    .map(caller -> limits.limitCaller(exchange, caller, Mono.defer(() -> chain.filter(exchange))))
                    .defaultIfEmpty(Mono.defer(() -> chain.filter(exchange)))
                    .flatMap(next -> next);
        }

        @Override
        public int getOrder() {
            return SECURITY_ORDER + 1;
        }
    }
}
