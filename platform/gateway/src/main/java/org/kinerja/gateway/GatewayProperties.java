package org.kinerja.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param region          the deployment's region (REGION); tokens of another region are refused
 * @param jwtSecret       the HMAC key shared with the services (KINERJA_JWT_SECRET)
 * @param devTokens       whether POST /dev/tokens issues tokens to anyone who asks: for the embedded local stack and
 *                        demos only, never in production (KINERJA_DEV_TOKENS)
 */
@ConfigurationProperties("kinerja")
public record GatewayProperties(@DefaultValue("local") String region, String jwtSecret,
        @DefaultValue("false") boolean devTokens) {
}
