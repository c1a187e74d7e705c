package org.kinerja.localstack.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The local stack's identity provider: a real OpenID Connect provider (Spring Authorization Server) with the demo's
 * people, standing where a region runs Keycloak (docker-compose) or its own provider. The console signs in through it
 * with the authorization-code flow; its access tokens carry what the platform's token rules require ({@code sub} the
 * NIP, {@code aud} kinerja, {@code region}, {@code roles}, {@code agency}, a short lifetime) and are verified by the
 * gateway and every service against its published keys, as a production provider's are. Loopback only; every demo
 * user's password is {@link #DEMO_PASSWORD}. The keys are made at each start, so a restart signs everyone out.
 */
@SpringBootApplication
@EnableConfigurationProperties(DevIdentityProvider.Settings.class)
public class DevIdentityProvider {

    public static final String NAME = "identity";
    public static final String CLIENT_ID = "kinerja-console";
    public static final String DEMO_PASSWORD = "kinerja-demo";
    static final String AUDIENCE = "kinerja";

    /** One person who may sign in, with the claims their tokens carry. */
    public record Person(String username, List<String> roles, String agency) {
    }

    /**
     * @param issuer this provider's address as clients reach it (the {@code iss} of its tokens)
     * @param region the deployment's region (the {@code region} claim)
     * @param consoleSecret the console's client secret
     * @param consoleRedirectUri where the console receives the authorization code
     * @param people who may sign in
     */
    @ConfigurationProperties("kinerja.identity")
    public record Settings(String issuer, String region, String consoleSecret, String consoleRedirectUri,
            List<Person> people) {
    }

    /** The application as the local stack starts it, reading identity.yml. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(DevIdentityProvider.class).properties("spring.config.name=" + NAME);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        }).authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The sign-in form (Spring Security's own page) for everything that is not a protocol endpoint. */
    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults()).build();
    }

    @Bean
    UserDetailsService people(Settings settings) {
        return new InMemoryUserDetailsManager(settings.people().stream().map(person -> User
                .withUsername(person.username()).password("{noop}" + DEMO_PASSWORD)
                .roles(person.roles().toArray(String[]::new)).build()).toList());
    }

    @Bean
    RegisteredClientRepository clients(Settings settings) {
        RegisteredClient console = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(CLIENT_ID)
                .clientSecret("{noop}" + settings.consoleSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(settings.consoleRedirectUri()).scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
                .build();
        return new InMemoryRegisteredClientRepository(console);
    }

    /** The platform's claims on every access token; the ID token names the person only. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(Settings settings) {
        Map<String, Person> people = new java.util.HashMap<>();
        settings.people().forEach(person -> people.put(person.username(), person));
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            Person person = people.get(context.getPrincipal().getName());
            context.getClaims().audience(List.of(AUDIENCE)).claim("region", settings.region())
                    .claim("roles", person.roles());
            if (person.agency() != null && !person.agency().isBlank()) {
                context.getClaims().claim("agency", person.agency());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The OIDC user-info endpoint reads the access token with the provider's own keys. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings serverSettings(@Value("${kinerja.identity.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }
}
