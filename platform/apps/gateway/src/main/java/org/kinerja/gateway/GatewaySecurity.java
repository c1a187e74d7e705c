package org.kinerja.gateway;

import java.time.Clock;
import java.util.Set;

import org.kinerja.platform.tokens.TokenRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * The gateway checks tokens before routing, under the same {@link TokenRules} as every service (a forged, expired,
 * foreign or eternal token never reaches a service); each service checks them again and decides what the caller may
 * do. Refusals are problem details with a {@code WWW-Authenticate} challenge.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, RateLimits limits) {
        return http
                .addFilterAfter(new RateLimitFilters.AnonymousLimit(limits), SecurityWebFiltersOrder.HTTP_HEADERS_WRITER)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(auth -> auth
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/dev/tokens",
                                "/fallback/**")
                        .permitAll()
                        // The API description documents the contract, not data: public, as the services' own are.
                        .pathMatchers("/v3/api-docs", "/swagger-ui.html", "/swagger-ui", "/webjars/swagger-ui/**")
                        .permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().denyAll())
                .oauth2ResourceServer(oauth -> oauth.jwt(jwt -> { })
                        .authenticationEntryPoint(GatewayProblems.unauthorized())
                        .accessDeniedHandler(GatewayProblems.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(GatewayProblems.unauthorized())
                        .accessDeniedHandler(GatewayProblems.forbidden()))
                .build();
    }

    /** As the services decide (SecurityDefaultsAutoConfiguration): the provider's keys, the shared key, or both. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewayProperties properties) {
        GatewayProperties.Jwt jwt = properties.jwt();
        boolean provider = jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank();
        boolean sharedKey = properties.jwtSecret() != null && !properties.jwtSecret().isBlank();
        NimbusReactiveJwtDecoder hmac = sharedKey || !provider ? NimbusReactiveJwtDecoder.withSecretKey(
                TokenRules.hmacKey(properties.jwtSecret())).macAlgorithm(MacAlgorithm.HS256).build() : null;
        NimbusReactiveJwtDecoder keys = provider ? NimbusReactiveJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
                : null;
        OAuth2TokenValidator<Jwt> rules = new TokenRules(properties.region(), Set.copyOf(jwt.issuers()),
                jwt.audience(), jwt.maxLifetime(), TokenRules.DEFAULT_CLOCK_SKEW).validator(Clock.systemUTC());
        for (NimbusReactiveJwtDecoder decoder : new NimbusReactiveJwtDecoder[] {hmac, keys}) {
            if (decoder != null) {
                decoder.setJwtValidator(rules);
            }
        }
        if (hmac == null || keys == null) {
            return hmac != null ? hmac : keys;
        }
        return token -> TokenRules.signedWithSharedKey(token) ? hmac.decode(token) : keys.decode(token);
    }
}
