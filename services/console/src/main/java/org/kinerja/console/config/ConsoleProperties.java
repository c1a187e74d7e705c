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
 */
@ConfigurationProperties("kinerja.console")
public record ConsoleProperties(String gatewayUrl, boolean devSignIn, List<DemoUser> demoUsers) {

    public ConsoleProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
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
