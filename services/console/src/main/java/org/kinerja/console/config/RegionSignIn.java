package org.kinerja.console.config;

import java.io.IOException;

import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kinerja.console.application.AccessTokens;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.client.RestClient;

/**
 * Signing in with the region's identity provider (OpenID Connect, authorization code): once the provider has sent
 * the user back, the access token it issued becomes the session's user, exactly as a dev sign-in's token does, so
 * every page calls the platform with the provider's token and the platform verifies it against the provider's keys.
 */
final class RegionSignIn implements AuthenticationSuccessHandler {

    /** The registration's id: the provider's callback is /login/oauth2/code/region. */
    static final String REGISTRATION = "region";

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final SecurityContextRepository contexts;

    RegionSignIn(OAuth2AuthorizedClientRepository authorizedClients, SecurityContextRepository contexts) {
        this.authorizedClients = authorizedClients;
        this.contexts = contexts;
    }

    /**
     * The console as a client of the provider, read from the provider's discovery document; with PKCE, so an
     * authorization code caught on the way is worth nothing without this session's verifier.
     */
    static ClientRegistration registration(ConsoleProperties.Oidc oidc) {
        ClientRegistration.Builder client = oidc.discoveryUri() == null || oidc.discoveryUri().isBlank()
                ? ClientRegistrations.fromIssuerLocation(oidc.issuerUri()) : fromMetadataAt(oidc);
        return client.registrationId(REGISTRATION).clientId(oidc.clientId()).clientSecret(oidc.clientSecret())
                .scope("openid", "profile")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build()).build();
    }

    /**
     * The provider's metadata read at the console's own address for it: the browser is sent to the authorization
     * endpoint it names, the console calls the token and key endpoints it names (a provider that serves the
     * console's network answers with those on that network), and the issuer must be the one configured.
     */
    private static ClientRegistration.Builder fromMetadataAt(ConsoleProperties.Oidc oidc) {
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(RestClient.create().get()
                    .uri(oidc.discoveryUri()).retrieve().body(String.class));
            if (!metadata.getIssuer().getValue().equals(oidc.issuerUri())) {
                throw new IllegalStateException("the provider at " + oidc.discoveryUri() + " names its issuer "
                        + metadata.getIssuer() + ", not " + oidc.issuerUri() + " (KINERJA_CONSOLE_OIDC_ISSUER_URI)");
            }
            return ClientRegistration.withRegistrationId(REGISTRATION)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .issuerUri(oidc.issuerUri())
                    .authorizationUri(metadata.getAuthorizationEndpointURI().toString())
                    .tokenUri(metadata.getTokenEndpointURI().toString())
                    .jwkSetUri(metadata.getJWKSetURI().toString())
                    .userInfoUri(metadata.getUserInfoEndpointURI().toString())
                    .userNameAttributeName("sub");
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new IllegalStateException("no OpenID provider metadata at " + oidc.discoveryUri() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(REGISTRATION, authentication,
                request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ConsoleAuthentication(AccessTokens.userOf(
                client.getAccessToken().getTokenValue())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        authorizedClients.removeAuthorizedClient(REGISTRATION, authentication, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }
}
