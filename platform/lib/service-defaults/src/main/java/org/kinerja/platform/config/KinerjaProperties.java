package org.kinerja.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform settings every service shares. Each has an environment variable (see the README's configuration
 * table); the defaults suit the embedded local stack.
 *
 * @param region           the deployment's region (REGION): tags metrics, suffixes consumer groups, and tokens of
 *                         another region are refused
 * @param jwtSecret        HMAC key (at least 32 bytes) that signs access tokens (KINERJA_JWT_SECRET); ignored when
 *                         a JWK set URI of an identity provider is configured instead
 * @param topicPartitions  partitions of the topics this deployment creates (KINERJA_TOPIC_PARTITIONS)
 * @param topicReplicas    replication factor of those topics (KINERJA_TOPIC_REPLICAS)
 * @param outboxInterval   how often the outbox relay looks for unpublished events
 * @param jwt              what an access token must be (issuers, audience, lifetime; an identity provider's keys)
 * @param parking          how long a Kafka record that may be early waits for what it needs (KINERJA_PARKING_MAX_WAIT)
 * @param api              how the service's OpenAPI description presents it
 * @param retention        the retention policy the service's sweep enforces on its collections
 */
@ConfigurationProperties("kinerja")
public record KinerjaProperties(
        @DefaultValue("local") String region,
        String jwtSecret,
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue("200ms") Duration outboxInterval,
        @DefaultValue Jwt jwt,
        @DefaultValue Parking parking,
        @DefaultValue Api api,
        @DefaultValue Retention retention) {

    /**
     * @param issuers     accepted {@code iss} values (KINERJA_JWT_ISSUERS, comma separated): the region's identity
     *                    provider; {@code kinerja-dev} is the local stack's token issuer
     * @param audience    the {@code aud} a token must carry (KINERJA_JWT_AUDIENCE)
     * @param maxLifetime the longest lifetime ({@code exp - iat}) accepted (KINERJA_JWT_MAX_LIFETIME)
     * @param jwkSetUri   the identity provider's JWK set (KINERJA_JWT_JWK_SET_URI); when set, tokens are verified
     *                    with its keys instead of the shared HMAC secret
     */
    public record Jwt(@DefaultValue("kinerja-dev") java.util.List<String> issuers,
            @DefaultValue("kinerja") String audience, @DefaultValue("12h") Duration maxLifetime, String jwkSetUri) {
    }

    /**
     * @param maxWait       how long a parked record (a report before its employee or approved SKP, a correction
     *                      before its report) waits before it is refused to the DLT (KINERJA_PARKING_MAX_WAIT)
     * @param sweepInterval how often parked records whose back-off ran out are tried again
     */
    public record Parking(@DefaultValue("15m") Duration maxWait, @DefaultValue("1s") Duration sweepInterval) {
    }

    /**
     * @param policy        the region's retention policy file (KINERJA_RETENTION_POLICY); the platform's default
     *                      (contracts/retention/retention-policy.json) when not set
     * @param sweepInterval how often the service erases what its collections hold past the policy's periods
     *                      (KINERJA_RETENTION_SWEEP_INTERVAL)
     * @param firstSweep    how long after start-up the first sweep runs
     */
    public record Retention(String policy, @DefaultValue("24h") Duration sweepInterval,
            @DefaultValue("5m") Duration firstSweep) {
    }

    /**
     * @param title       the description's title (each service names itself in its own configuration)
     * @param description what the service is for, in a sentence or two
     * @param publicUrl   where integrators call it: the region's gateway (KINERJA_PUBLIC_URL)
     */
    public record Api(String title, String description, @DefaultValue("http://127.0.0.1:8080") String publicUrl) {
    }
}
