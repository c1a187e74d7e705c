package org.kinerja.console.config;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Every page needs a signed-in user except the sign-in page and the static files; people sign in with the region's
 * identity provider (OpenID Connect) where one is configured, and on the local stack with its dev sign-in too; forms carry a CSRF token; the
 * pages may load scripts, styles and images from the console alone (Content-Security-Policy) and may not be framed.
 * Who may see or do what is decided by the services on the user's token, not here.
 */
@Configuration
class ConsoleSecurity {

    static final String SIGN_IN = "/masuk";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The region's identity provider as the console's OpenID Connect client, where one is configured. */
    @Bean
    @ConditionalOnProperty("kinerja.console.oidc.issuer-uri")
    ClientRegistrationRepository regionIdentityProvider(ConsoleProperties properties) {
        return new InMemoryClientRegistrationRepository(RegionSignIn.registration(properties.oidc()));
    }

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, SecurityContextRepository contexts, Clock clock,
            ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        ClientRegistrationRepository provider = providers.getIfAvailable();
        if (provider != null) {
            HttpSessionOAuth2AuthorizedClientRepository authorizedClients =
                    new HttpSessionOAuth2AuthorizedClientRepository();
            http.oauth2Login(login -> login.loginPage(SIGN_IN).clientRegistrationRepository(provider)
                    .authorizedClientRepository(authorizedClients)
                    .successHandler(new RegionSignIn(authorizedClients, contexts))
                    .failureUrl(SIGN_IN + "?gagal"));
        }
        http.authorizeHttpRequests(pages -> pages
                        .requestMatchers(SIGN_IN, SIGN_IN + "/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl(SIGN_IN + "?keluar"))
                .addFilterBefore(new SignOutWhenTokenExpires(clock), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
