package org.kinerja.console.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's settings.
 *
 * @param gatewayUrl where the platform's API is (the gateway), from the console's side
 * @param devSignIn whether the local stack's sign-in page is offered (a demo user chosen from a list, its token from
 *     the gateway's {@code /dev/tokens}); served to loopback callers only, never in production
 * @param demoUsers the users that page offers
 * @param oidc the region's identity provider, where people sign in (absent: no such sign-in is offered)
 */
@ConfigurationProperties("kinerja.console")
public record ConsoleProperties(String gatewayUrl, boolean devSignIn, List<DemoUser> demoUsers, Oidc oidc) {

    public ConsoleProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
        oidc = oidc == null ? new Oidc(null, null, null, null, null) : oidc;
    }

    /**
     * The region's OpenID Connect provider (KINERJA_CONSOLE_OIDC_ISSUER_URI, _CLIENT_ID, _CLIENT_SECRET): the console
     * is a confidential client using the authorization-code flow; the access tokens it receives are the ones the
     * platform verifies (sub the NIP, aud kinerja, region, roles, agency). {@code discoveryUri}
     * (KINERJA_CONSOLE_OIDC_DISCOVERY_URI), where set, is where the console reads the provider's metadata when it
     * reaches the provider at another address than people's browsers do (a container network: Keycloak as
     * {@code http://keycloak:8080} to the console, {@code http://localhost:8180} to the browser); the issuer stays
     * {@code issuerUri}. {@code signInHint} is shown under the sign-in link (the local stack names its provider's
     * demo password there).
     */
    public record Oidc(String issuerUri, String clientId, String clientSecret, String discoveryUri,
            String signInHint) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * One user the dev sign-in page offers.
     *
     * @param subject the token's subject: a NIP, or a name for the administrator and operators
     * @param name how the page lists them
     * @param roles the token's roles
     * @param agency the token's agency (absent for the region's administrator and leaders)
     * @param description who they are in the demo (their position and unit)
     */
    public record DemoUser(String subject, String name, List<String> roles, String agency, String description) {
    }
}
