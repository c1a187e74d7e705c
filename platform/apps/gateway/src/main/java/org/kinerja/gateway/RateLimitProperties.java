package org.kinerja.gateway;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests a caller may make (gateway.yml has the defaults, KINERJA_RATE_LIMITS=false switches them off).
 *
 * @param enabled   whether limits apply
 * @param anonymous per client address, for requests without a token
 * @param bulk      per caller, for bulk calls, on top of the caller's own limit
 * @param roles     per caller, by role; a caller with several roles gets the most generous
 */
@ConfigurationProperties("kinerja.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit anonymous, Limit bulk,
        Map<String, Limit> roles) {

    /** A token bucket: {@code perSecond} tokens added each second, never more than {@code burst} held. */
    public record Limit(int perSecond, int burst) {
        public Limit {
            if (perSecond < 1 || burst < perSecond) {
                throw new IllegalArgumentException("a rate limit needs per-second >= 1 and burst >= per-second");
            }
        }
    }
}
