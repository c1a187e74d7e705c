package org.kinerja.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.kinerja.platform.config.KinerjaProperties;
import org.kinerja.platform.tokens.TokenRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: each request but health, metrics and the API description needs a
 * signed JWT meeting {@link TokenRules} (issuer, audience, subject, region, expiry, bounded lifetime, no issue time in
 * the future). Tokens are signed by the region's identity provider (its keys at KINERJA_JWT_JWK_SET_URI) or with
 * HMAC (HS256), the key shared through KINERJA_JWT_SECRET, or either where both are set, under the same rules. It comes before
 * Spring Boot's own resource-server configuration so that no decoder without these rules is ever made.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(KinerjaProperties.class)
public class SecurityDefaultsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain kinerjaSecurityFilterChain(HttpSecurity http) throws Exception {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .build();
    }

    /**
     * The identity provider's keys (KINERJA_JWT_JWK_SET_URI) and the shared HMAC key (KINERJA_JWT_SECRET), each
     * where configured: where both are (the local stack: its identity provider and its dev tokens), a token's
     * algorithm says which verifies it. The same rules apply to both.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder kinerjaJwtDecoder(KinerjaProperties properties) {
        KinerjaProperties.Jwt jwt = properties.jwt();
        boolean provider = jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank();
        boolean sharedKey = properties.jwtSecret() != null && !properties.jwtSecret().isBlank();
        NimbusJwtDecoder hmac = sharedKey || !provider ? NimbusJwtDecoder.withSecretKey(TokenRules.hmacKey(
                properties.jwtSecret())).macAlgorithm(MacAlgorithm.HS256).build() : null;
        NimbusJwtDecoder keys = provider ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build() : null;
        OAuth2TokenValidator<Jwt> rules = rules(properties).validator(Clock.systemUTC());
        for (NimbusJwtDecoder decoder : new NimbusJwtDecoder[] {hmac, keys}) {
            if (decoder != null) {
                decoder.setJwtValidator(rules);
            }
        }
        if (hmac == null || keys == null) {
            return hmac != null ? hmac : keys;
        }
        return token -> TokenRules.signedWithSharedKey(token) ? hmac.decode(token) : keys.decode(token);
    }

    static TokenRules rules(KinerjaProperties properties) {
        KinerjaProperties.Jwt jwt = properties.jwt();
        return new TokenRules(properties.region(), Set.copyOf(jwt.issuers()), jwt.audience(), jwt.maxLifetime(),
                TokenRules.DEFAULT_CLOCK_SKEW);
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
