package org.kinerja.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param region          the deployment's region (REGION); tokens of another region are refused
 * @param jwtSecret       the HMAC key shared with the services (KINERJA_JWT_SECRET)
 * @param devTokens       whether POST /dev/tokens issues tokens to whoever asks from this machine's loopback: for the
 *                        embedded local stack and demos only, never in production (KINERJA_DEV_TOKENS)
 * @param jwt             what a token must be, as in every service (KINERJA_JWT_ISSUERS, _AUDIENCE, _MAX_LIFETIME,
 *                        _JWK_SET_URI)
 */
@ConfigurationProperties("kinerja")
public record GatewayProperties(@DefaultValue("local") String region, String jwtSecret,
        @DefaultValue("false") boolean devTokens, @DefaultValue Jwt jwt) {

    /** The same settings as the services' {@code kinerja.jwt}. */
    public record Jwt(@DefaultValue("kinerja-dev") List<String> issuers, @DefaultValue("kinerja") String audience,
            @DefaultValue("12h") Duration maxLifetime, String jwkSetUri) {
    }
}
